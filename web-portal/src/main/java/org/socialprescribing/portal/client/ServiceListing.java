package org.socialprescribing.portal.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A directory service as the pages show it; only the fields they use (others are ignored). It holds the directory's
 * values as they came; the pages put them in words ({@code DirectoryMessages}), so a Welsh page has Welsh words around
 * the service's own text.
 */
public record ServiceListing(String id, String name, String description, String url, String email, String fees,
        @JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
        @JsonProperty("eligibility_description") String eligibilityDescription, String alert,
        Organization organization, @JsonProperty("accepting_referrals") String acceptingReferrals,
        @JsonProperty("delivery_modes") List<String> deliveryModes, Long distance,
        @JsonProperty("next_session") Session nextSession, List<Schedule> schedules,
        @JsonProperty("service_at_locations") List<Place> places, List<Contact> contacts) {

    private static final double METRES_PER_MILE = 1609.344;

    public record Organization(String id, String name, String email, String website) {
    }

    public record Session(LocalDate date, @JsonProperty("opens_at") String opensAt,
            @JsonProperty("closes_at") String closesAt) {
    }

    public record Schedule(String description) {
    }

    public record Place(Location location, List<Schedule> schedules) {

        public List<Schedule> schedulesOrNone() {
            return schedules == null ? List.of() : schedules;
        }
    }

    public record Location(String name, String description, String transportation, List<Address> addresses,
            List<Accessibility> accessibility) {

        /** The first address on one line: "12 High Street, Millbrook, DM1 1AB". */
        public String address() {
            if (addresses == null || addresses.isEmpty()) {
                return null;
            }
            Address a = addresses.get(0);
            String line = Stream.of(a.address1(), a.city(), a.postalCode()).filter(Objects::nonNull)
                    .filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
            return line.isEmpty() ? null : line;
        }
    }

    public record Address(@JsonProperty("address_1") String address1, String city,
            @JsonProperty("postal_code") String postalCode) {
    }

    public record Accessibility(String description) {
    }

    public record Contact(String title, String email, List<Phone> phones) {
    }

    public record Phone(String number) {
    }

    /** The service's own e-mail address, or else its organisation's; {@code null} when neither has one. */
    public String contactEmail() {
        return email != null ? email : organization == null ? null : organization.email();
    }

    /** The first phone number of its contacts, {@code null} when it has none. */
    public String phone() {
        return contacts == null
                ? null
                : contacts.stream().filter(c -> c.phones() != null)
                        .flatMap(c -> c.phones().stream()).map(Phone::number).findFirst().orElse(null);
    }

    /** The service's own web page, or else its organisation's; {@code null} when neither has one. */
    public String website() {
        return url != null ? url : organization == null ? null : organization.website();
    }

    /** The website as a link target: only an http(s) address with a host, else {@code null} (shown as text). */
    public String websiteHref() {
        return SafeLinks.webHref(website());
    }

    /** The e-mail address as a {@code mailto:} link, when it looks like one; else {@code null} (shown as text). */
    public String contactEmailHref() {
        return SafeLinks.mailtoHref(contactEmail());
    }

    /** Whether it costs nothing: the directory gives no fees. */
    public boolean free() {
        return fees == null || fees.isBlank();
    }

    /** How far from the searched postcode, in miles; {@code null} without a searched place. */
    public Double distanceMiles() {
        return distance == null ? null : distance / METRES_PER_MILE;
    }

    /** Whether it is nearer than the tenth of a mile the page writes distances to. */
    public boolean veryNear() {
        return distance != null && distanceMiles() < 0.1;
    }

    /** It keeps a waiting list for new people. */
    public boolean waitingList() {
        return "waiting_list".equals(acceptingReferrals);
    }

    /** It takes no new people at the moment. */
    public boolean closedToNewPeople() {
        return "closed".equals(acceptingReferrals);
    }

    /** How people take part, as the directory's codes ({@code in_person}, {@code online}, {@code phone}). */
    public List<String> deliveryModesOrNone() {
        return deliveryModes == null ? List.of() : deliveryModes;
    }

    /** Sessions that are not tied to one place (a phone line's hours). */
    public List<Schedule> sessionsAnywhere() {
        return schedules == null ? List.of() : schedules;
    }

    public List<Place> placesOrNone() {
        return places == null ? List.of() : places;
    }
}
