package org.socialprescribing.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.PostcodeCentroid;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Postcode centroids loaded from the ONS Postcode Directory or Code-Point Open (or the demo area's own). */
@ApplicationScoped
public class PostcodeCentroidRepository implements PanacheRepositoryBase<PostcodeCentroid, String> {
}
