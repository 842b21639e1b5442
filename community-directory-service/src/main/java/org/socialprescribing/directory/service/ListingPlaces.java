package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.socialprescribing.directory.Accessibility;
import org.socialprescribing.directory.Address;
import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.Location;
import org.socialprescribing.directory.Schedule;
import org.socialprescribing.directory.ServiceAtLocation;
import org.socialprescribing.directory.repository.LocationRepository;
import org.socialprescribing.directory.repository.ServiceAtLocationRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * Replaces a listing's places and sessions (runs inside {@link ListingService}'s transaction). Locations and
 * services-at-location go through their repositories; the parts that only hang off them (schedules, addresses,
 * accessibility) are persisted and removed directly, as they are never queried on their own.
 */
@ApplicationScoped
public class ListingPlaces {

    private final LocationRepository locations;
    private final ServiceAtLocationRepository servicesAtLocations;
    private final EntityManager em;
    private final Clock clock;

    public ListingPlaces(LocationRepository locations, ServiceAtLocationRepository servicesAtLocations,
            EntityManager em, Clock clock) {
        this.locations = locations;
        this.servicesAtLocations = servicesAtLocations;
        this.em = em;
        this.clock = clock;
    }

    void replace(CommunityService service, PlacesUpdate update, Editor editor) {
        List<Location> where = new ArrayList<>();
        for (int i = 0; i < update.places().size(); i++) {
            where.add(location(service, update.places().get(i), i, editor));
        }
        for (Schedule schedule : List.copyOf(service.schedules)) {
            em.remove(schedule);
        }
        service.schedules.clear();
        for (ServiceAtLocation sal : List.copyOf(service.serviceAtLocations)) {
            servicesAtLocations.delete(sal);
        }
        service.serviceAtLocations.clear();
        servicesAtLocations.flush(); // the unique (service, location) pairs must be gone before they are added again
        for (int i = 0; i < where.size(); i++) {
            ServiceAtLocation sal = new ServiceAtLocation();
            sal.id = UUID.randomUUID();
            sal.service = service;
            sal.location = where.get(i);
            servicesAtLocations.persist(sal);
            service.serviceAtLocations.add(sal);
            List<PlacesUpdate.Session> sessions = update.places().get(i).sessions();
            for (int j = 0; sessions != null && j < sessions.size(); j++) {
                schedule(service, sal, sessions.get(j), "places[" + i + "].sessions[" + j + "]");
            }
        }
        List<PlacesUpdate.Session> anywhere = update.sessions() == null ? List.of() : update.sessions();
        for (int j = 0; j < anywhere.size(); j++) {
            schedule(service, null, anywhere.get(j), "sessions[" + j + "]");
        }
    }

    /** A short, stable description of the places and sessions, for the change history. */
    String describe(CommunityService service) {
        List<String> parts = new ArrayList<>();
        for (ServiceAtLocation sal : service.serviceAtLocations) {
            parts.add(sal.location.name + ": " + sal.sessionsHere().stream().map(ListingPlaces::describe).sorted()
                    .collect(Collectors.joining("; ")));
        }
        service.sessionsAnywhere().stream().map(ListingPlaces::describe).sorted()
                .forEach(s -> parts.add("anywhere: " + s));
        return parts.stream().sorted().collect(Collectors.joining(" | "));
    }

    private static String describe(Schedule s) {
        return s.freq + " " + s.byday + " " + s.opensAt + "-" + s.closesAt;
    }

    private Location location(CommunityService service, PlacesUpdate.Place place, int index, Editor editor) {
        String field = "places[" + index + "]";
        if ((place.locationId() == null) == (place.location() == null)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "Give either the id of an existing location or a new location.", field + ".location_id");
        }
        if (place.locationId() != null) {
            Location existing = locations.findByIdOptional(place.locationId())
                    .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
                            "There is no location " + place.locationId() + ".", field + ".location_id"));
            UUID owner = existing.organization == null ? null : existing.organization.id;
            // A venue a coordinator already shared with this listing stays when its editor saves the places again.
            boolean alreadyHere = service.serviceAtLocations.stream()
                    .anyMatch(sal -> sal.location.id.equals(existing.id));
            if (!alreadyHere && !editor.mayPlaceAt(owner)) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "Location " + place.locationId() + " belongs to another organisation: add the place as a new "
                                + "location, or ask a coordinator.",
                        field + ".location_id");
            }
            return existing;
        }
        PlacesUpdate.NewLocation l = place.location();
        if ((l.latitude() == null) != (l.longitude() == null)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "latitude and longitude go together.",
                    field + ".location.longitude");
        }
        Location location = new Location();
        location.id = UUID.randomUUID();
        location.organization = service.organization;
        location.locationType = "physical";
        location.name = l.name().strip();
        location.description = l.description();
        location.transportation = l.transportation();
        location.latitude = l.latitude();
        location.longitude = l.longitude();
        location.lastModified = Instant.now(clock);
        locations.persist(location);
        Address address = new Address();
        address.id = UUID.randomUUID();
        address.location = location;
        address.address1 = l.address().address1().strip();
        address.city = l.address().city().strip();
        address.stateProvince = Objects.requireNonNullElse(l.address().stateProvince(), "England");
        address.postalCode = Postcode.parse(l.address().postalCode()).map(Postcode::display)
                .orElse(l.address().postalCode().strip());
        address.country = "GB";
        address.addressType = "physical";
        em.persist(address);
        location.addresses.add(address);
        for (String access : l.accessibility() == null ? List.<String>of() : l.accessibility()) {
            Accessibility a = new Accessibility();
            a.id = UUID.randomUUID();
            a.location = location;
            a.description = access.strip();
            em.persist(a);
            location.accessibility.add(a);
        }
        return location;
    }

    private void schedule(CommunityService service, ServiceAtLocation sal, PlacesUpdate.Session s,
            String field) {
        if (!s.opensAt().isBefore(s.closesAt())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A session must close after it opens.",
                    field + ".closes_at");
        }
        if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "valid_to is before valid_from.",
                    field + ".valid_to");
        }
        Schedule schedule = new Schedule();
        schedule.id = UUID.randomUUID();
        schedule.service = service;
        schedule.serviceAtLocation = sal;
        schedule.freq = s.freq();
        schedule.interval = s.interval();
        schedule.byday = s.byday();
        schedule.opensAt = s.opensAt();
        schedule.closesAt = s.closesAt();
        schedule.validFrom = s.validFrom();
        schedule.validTo = s.validTo();
        schedule.dtstart = s.dtstart();
        schedule.description = s.description() != null ? s.description() : SessionCalendar.describe(schedule);
        em.persist(schedule);
        service.schedules.add(schedule);
    }
}
