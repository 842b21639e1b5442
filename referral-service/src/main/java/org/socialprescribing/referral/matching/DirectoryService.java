package org.socialprescribing.referral.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A directory service as the directory's search lists it (Open Referral UK, snake_case): only what matching weighs.
 * Unknown fields are ignored.
 */
public record DirectoryService(UUID id, UUID organizationId, String name, Integer minimumAge, Integer maximumAge,
        LocalDate assuredDate, Organization organization, List<Language> languages, List<String> deliveryModes,
        String acceptingReferrals, List<Capacity> serviceCapacity, Long distance) {

    public record Organization(UUID id, String name) {
    }

    public record Language(String name, String code) {
    }

    public record Capacity(Integer available, Integer maximum) {
    }

    /** The directory's page of search results. */
    public record Page(List<DirectoryService> contents) {
    }
}
