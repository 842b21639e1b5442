package org.socialprescribing.directory.repository;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.Location;
import org.socialprescribing.directory.Organization;
import org.socialprescribing.directory.ServiceAtLocation;

/**
 * The records of a page of list items ({@link ListItemReader}) read so far, each once however many items share it, as
 * Hibernate's session would: two places of one service in a page share its service.
 */
final class ListItemRecords {

    final Map<UUID, CommunityService> services = new HashMap<>();
    final Map<UUID, Location> locations = new HashMap<>();
    final Map<UUID, Organization> organisations = new HashMap<>();
    final Map<UUID, ServiceAtLocation> servicesAtLocations = new HashMap<>();

    /**
     * A service at a location by id: one of the page's, or (for a session held at another of the service's
     * places) one that carries only its id, which is all a session says of where it is held.
     */
    ServiceAtLocation serviceAtLocation(UUID id) {
        return servicesAtLocations.computeIfAbsent(id, key -> {
            ServiceAtLocation sal = new ServiceAtLocation();
            sal.id = key;
            return sal;
        });
    }

    Location location(RowColumns columns) throws SQLException {
        UUID id = columns.uuid();
        Location location = locations.computeIfAbsent(id, key -> new Location());
        location.id = id;
        location.locationType = columns.text();
        location.name = columns.text();
        location.description = columns.text();
        location.transportation = columns.text();
        location.latitude = columns.decimal();
        location.longitude = columns.decimal();
        location.externalIdentifier = columns.text();
        location.externalIdentifierType = columns.text();
        return location;
    }

    CommunityService service(RowColumns columns) throws SQLException {
        UUID id = columns.uuid();
        CommunityService s = services.computeIfAbsent(id, key -> unreadParts(new CommunityService()));
        s.id = id;
        s.name = columns.text();
        s.description = columns.text();
        s.url = columns.text();
        s.email = columns.text();
        s.status = columns.text();
        s.feesDescription = columns.text();
        s.minimumAge = columns.integer();
        s.maximumAge = columns.integer();
        s.eligibilityDescription = columns.text();
        s.alert = columns.text();
        s.assuredDate = columns.date();
        s.lastModified = columns.instant();
        s.deliveryModes = columns.texts();
        s.eligibilityCriteria = columns.texts();
        s.referralState = columns.text();
        s.capacityAvailable = columns.integer();
        s.capacityMaximum = columns.integer();
        UUID organisationId = columns.uuid();
        Organization organisation = organisations.computeIfAbsent(organisationId, key -> new Organization());
        organisation.id = organisationId;
        organisation.name = columns.text();
        organisation.description = columns.text();
        organisation.email = columns.text();
        organisation.website = columns.text();
        s.organization = organisation;
        return s;
    }

    private static CommunityService unreadParts(CommunityService s) {
        s.contacts = null;
        s.phones = null;
        s.serviceAreas = null;
        s.taxonomyTerms = null;
        s.serviceAtLocations = null;
        return s;
    }
}
