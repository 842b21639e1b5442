package org.socialprescribing.portal.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A directory service as the pages show it; only the fields they use (others are ignored). */
public record ServiceListing(String id, String name, String description, String url, String email, String fees,
        @JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
        @JsonProperty("eligibility_description") String eligibilityDescription, String alert,
        Organization organization, @JsonProperty("accepting_referrals") String acceptingReferrals,
        @JsonProperty("delivery_modes") List<String> deliveryModes, Long distance,
        @JsonProperty("next_session") Session nextSession, List<Schedule> schedules,
        @JsonProperty("service_at_locations") List<Place> places, List<Contact> contacts) {

    private static final double METRES_PER_MILE = 1609.344;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    public record Organization(String id, String name, String email, String website) {
    }

    public record Session(LocalDate date, @JsonProperty("opens_at") String opensAt,
            @JsonProperty("closes_at") String closesAt) {

        /** "Tuesday 24 November, 10:00 to 11:30". */
        public String when() {
            return DAY.format(date) + ", " + opensAt + " to " + closesAt;
        }
    }

    public record Schedule(String description) {
    }

    public record Place(Location location, List<Schedule> schedules) {
    }

    public record Location(String name, String description, String transportation, List<Address> addresses,
            List<Accessibility> accessibility) {

        /** The first address on one line: "12 High Street, Millbrook, DM1 1AB". */
        public String address() {
            if (addresses == null || addresses.isEmpty()) {
                return null;
            }
            Address a = addresses.get(0);
            return a.address1() + ", " + a.city() + ", " + a.postalCode();
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

    /** Who it is for, in words: "Ages 16 and over", "Ages 8 to 17", "All ages". */
    public String ages() {
        if (minimumAge == null && maximumAge == null) {
            return "All ages";
        }
        if (maximumAge == null) {
            return "Ages " + minimumAge + " and over";
        }
        if (minimumAge == null) {
            return "Ages up to " + maximumAge;
        }
        return "Ages " + minimumAge + " to " + maximumAge;
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

    public String cost() {
        return fees == null || fees.isBlank() ? "Free" : fees;
    }

    /** "0.4 miles away"; {@code null} without a searched place. */
    public String distanceText() {
        if (distance == null) {
            return null;
        }
        double miles = distance / METRES_PER_MILE;
        return miles < 0.1 ? "Less than 0.1 miles away" : String.format(Locale.UK, "%.1f miles away", miles);
    }

    /** What to say about taking new people: null when it is open. */
    public String referralNotice() {
        if (acceptingReferrals == null) {
            return null;
        }
        return switch (acceptingReferrals) {
            case "waiting_list" -> "Waiting list";
            case "closed" -> "Not taking new people";
            default -> null;
        };
    }

    /** How people take part, in words: "In person, by phone". */
    public String howToTakePart() {
        if (deliveryModes == null || deliveryModes.isEmpty()) {
            return null;
        }
        String text = String.join(", ", deliveryModes.stream().map(m -> switch (m) {
            case "in_person" -> "in person";
            case "online" -> "online";
            case "phone" -> "by phone";
            default -> m;
        }).toList());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Sessions that are not tied to one place (a phone line's hours). */
    public List<Schedule> sessionsAnywhere() {
        return schedules == null ? List.of() : schedules;
    }

    public List<Place> placesOrNone() {
        return places == null ? List.of() : places;
    }
}
