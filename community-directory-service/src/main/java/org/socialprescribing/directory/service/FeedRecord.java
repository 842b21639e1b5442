package org.socialprescribing.directory.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One service read from a federated feed and checked against everything the directory's tables require, so that
 * writing it cannot fail half-way. Ids are the feed's own ({@code externalId}); the directory's ids are assigned on
 * import. Each part carries a hash of its source JSON, to tell an unchanged record from a changed one.
 */
public record FeedRecord(String externalId, String hash, Org organization, Fields fields, List<Place> places,
        List<Session> sessions, List<Contact> contacts, List<Phone> phones, List<Cost> costs,
        List<Language> languages, List<Area> areas, List<TermRef> terms) {

    public record Org(String externalId, String hash, String name, String description, String email,
            String website, List<Identifier> identifiers) {
    }

    /**
     * A registered number of an organisation, by its org-id.guide scheme ({@code GB-CHC} Charity Commission for
     * England and Wales, {@code GB-SC} Scottish, {@code GB-NIC} Northern Irish charity regulator, {@code GB-COH}
     * Companies House): what a feed's organisation is matched on, never its name.
     */
    public record Identifier(String scheme, String identifier) {
    }

    public record Fields(String name, String description, String url, String email, String status, String fees,
            Integer minimumAge, Integer maximumAge, String eligibilityDescription, String alert,
            String[] deliveryModes, String[] eligibilityCriteria, String acceptingReferrals,
            Integer capacityAvailable, Integer capacityMaximum, LocalDate assuredDate, Instant lastModified) {
    }

    /** A service at a location: the location (shared by the feed's services) and the sessions there. */
    public record Place(String description, Location location, List<Session> sessions) {
    }

    public record Location(String externalId, String hash, String locationType, String name, String description,
            String transportation, Double latitude, Double longitude, List<Address> addresses,
            List<Accessibility> accessibility, List<Phone> phones) {
    }

    public record Address(String attention, String address1, String address2, String city, String region,
            String stateProvince, String postalCode, String country, String addressType) {
    }

    public record Accessibility(String description, String details, String url) {
    }

    public record Session(LocalDate validFrom, LocalDate validTo, LocalDate dtstart, String freq, Integer interval,
            String byday, String bymonthday, LocalTime opensAt, LocalTime closesAt, String description,
            String attendingType, String notes) {
    }

    public record Contact(String name, String title, String department, String email, List<Phone> phones) {
    }

    public record Phone(String number, String extension, String type, String description) {
    }

    public record Cost(LocalDate validFrom, LocalDate validTo, String option, BigDecimal amount, String currency,
            String amountDescription) {
    }

    public record Language(String name, String code, String note) {
    }

    public record Area(String name, String description, String extent, String extentType, String uri,
            String areaCode) {
    }

    /** A category as the feed names it; matched to the directory's taxonomy by id, code or name. */
    public record TermRef(String id, String code, String name) {
    }
}
