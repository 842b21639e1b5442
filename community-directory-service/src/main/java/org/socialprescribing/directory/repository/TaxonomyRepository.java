package org.socialprescribing.directory.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.Taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TaxonomyRepository implements PanacheRepositoryBase<Taxonomy, UUID> {
}
