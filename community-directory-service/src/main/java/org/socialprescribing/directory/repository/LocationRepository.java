package org.socialprescribing.directory.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.directory.Location;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Locations (venues), shared by the services held there. */
@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {
}
