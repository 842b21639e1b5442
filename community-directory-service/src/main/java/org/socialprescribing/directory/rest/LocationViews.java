package org.socialprescribing.directory.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.socialprescribing.directory.Accessibility;
import org.socialprescribing.directory.Address;
import org.socialprescribing.directory.Location;
import org.socialprescribing.directory.Phone;
import org.socialprescribing.directory.Schedule;
import org.socialprescribing.directory.ServiceAtLocation;
import org.socialprescribing.directory.service.Match;
import org.socialprescribing.directory.service.SessionCalendar;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Locations, addresses, schedules and phones in HSDS 3.0 (Open Referral UK) shape. */
final class LocationViews {

    private LocationViews() {
    }

    /**
     * A service at a location. Extensions: {@code distance} (metres from the searched point) and
     * {@code next_session}; in lists, {@code service} carries the service's summary.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocationView(UUID id, @JsonProperty("service_id") UUID serviceId,
            @JsonProperty("location_id") UUID locationId, String description, LocationView location,
            List<ScheduleView> schedules, Long distance, @JsonProperty("next_session") NextSession nextSession,
            ServiceViews.ServiceView service) {

        /** Nested in a service record: the location and its own sessions. */
        static ServiceAtLocationView nested(ServiceAtLocation sal) {
            return new ServiceAtLocationView(sal.id, sal.service.id, sal.location.id, sal.description,
                    LocationView.of(sal.location), sal.sessionsHere().stream().map(ScheduleView::of).toList(), null,
                    null,
                    null);
        }

        /** On its own (list item or record): with the service it offers, its distance and next session. */
        static ServiceAtLocationView of(Match<ServiceAtLocation> match, boolean fullService) {
            ServiceAtLocation sal = match.item();
            ServiceViews.ServiceView service = fullService
                    ? ServiceViews.ServiceView.full(sal.service, null)
                    : ServiceViews.ServiceView.summary(new Match<>(sal.service, null, match.nextSession()));
            return new ServiceAtLocationView(sal.id, sal.service.id, sal.location.id, sal.description,
                    LocationView.of(sal.location), sal.sessionsHere().stream().map(ScheduleView::of).toList(),
                    match.distanceMetres() == null ? null : Math.round(match.distanceMetres()),
                    match.nextSession().map(NextSession::of).orElse(null), service);
        }
    }

    /** HSDS location; {@code transportation} (how to get there) is HSDS 3.0 core, phones an HSDS 3.0 list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LocationView(UUID id, @JsonProperty("location_type") String locationType, String name,
            String description, String transportation, Double latitude, Double longitude,
            @JsonProperty("external_identifier") String externalIdentifier,
            @JsonProperty("external_identifier_type") String externalIdentifierType, List<AddressView> addresses,
            List<AccessibilityView> accessibility, List<PhoneView> phones) {

        static LocationView of(Location l) {
            return new LocationView(l.id, l.locationType, l.name, l.description, l.transportation, l.latitude,
                    l.longitude, l.externalIdentifier, l.externalIdentifierType,
                    l.addresses.stream().map(AddressView::of).toList(),
                    l.accessibility.stream().map(AccessibilityView::of).toList(),
                    l.phones.stream().map(PhoneView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddressView(UUID id, @JsonProperty("location_id") UUID locationId, String attention,
            @JsonProperty("address_1") String address1, @JsonProperty("address_2") String address2, String city,
            String region, @JsonProperty("state_province") String stateProvince,
            @JsonProperty("postal_code") String postalCode, String country,
            @JsonProperty("address_type") String addressType) {

        static AddressView of(Address a) {
            return new AddressView(a.id, a.location.id, a.attention, a.address1, a.address2, a.city, a.region,
                    a.stateProvince, a.postalCode, a.country, a.addressType);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessibilityView(UUID id, @JsonProperty("location_id") UUID locationId, String description,
            String details, String url) {

        static AccessibilityView of(Accessibility a) {
            return new AccessibilityView(a.id, a.location.id, a.description, a.details, a.url);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhoneView(UUID id, String number, String extension, String type, String description) {

        static PhoneView of(Phone p) {
            return new PhoneView(p.id, p.number, p.extension, p.type, p.description);
        }
    }

    /** HSDS schedule; times are UK wall-clock times (HH:MM), as documented in the README. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScheduleView(UUID id, @JsonProperty("service_id") UUID serviceId,
            @JsonProperty("service_at_location_id") UUID serviceAtLocationId,
            @JsonProperty("valid_from") LocalDate validFrom, @JsonProperty("valid_to") LocalDate validTo,
            LocalDate dtstart, String freq, Integer interval, String byday, String bymonthday,
            @JsonProperty("opens_at") @JsonFormat(pattern = "HH:mm") LocalTime opensAt,
            @JsonProperty("closes_at") @JsonFormat(pattern = "HH:mm") LocalTime closesAt, String description,
            @JsonProperty("attending_type") String attendingType, String notes) {

        static ScheduleView of(Schedule s) {
            return new ScheduleView(s.id, s.service.id, s.serviceAtLocation == null ? null : s.serviceAtLocation.id,
                    s.validFrom, s.validTo, s.dtstart, s.freq, s.interval, s.byday, s.bymonthday, s.opensAt,
                    s.closesAt, s.description, s.attendingType, s.notes);
        }
    }

    /** Extension: the next session (or the one on now), UK wall-clock times. */
    record NextSession(LocalDate date, @JsonProperty("opens_at") @JsonFormat(pattern = "HH:mm") LocalTime opensAt,
            @JsonProperty("closes_at") @JsonFormat(pattern = "HH:mm") LocalTime closesAt) {

        static NextSession of(SessionCalendar.Session session) {
            return new NextSession(session.date(), session.opensAt(), session.closesAt());
        }
    }
}
