package org.socialprescribing.directory.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.socialprescribing.directory.CommunityService;

/** The fields of a listing an editor sets, and how to compare them for the change history. */
public record ListingDetails(String name, String description, String url, String email, String status, String fees,
        Integer minimumAge, Integer maximumAge, String eligibilityDescription, String alert,
        List<String> deliveryModes, List<String> eligibilityCriteria, String acceptingReferrals,
        Integer capacityAvailable, Integer capacityMaximum, Set<UUID> taxonomyTermIds) {

    /** The listing's current values, by the API's field names. */
    static Map<String, Object> snapshot(CommunityService s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", s.name);
        values.put("description", s.description);
        values.put("url", s.url);
        values.put("email", s.email);
        values.put("status", s.status);
        values.put("fees", s.feesDescription);
        values.put("minimum_age", s.minimumAge);
        values.put("maximum_age", s.maximumAge);
        values.put("eligibility_description", s.eligibilityDescription);
        values.put("alert", s.alert);
        values.put("delivery_modes", List.of(s.deliveryModes));
        values.put("eligibility_criteria", List.of(s.eligibilityCriteria));
        values.put("accepting_referrals", s.referralState);
        values.put("capacity_available", s.capacityAvailable);
        values.put("capacity_maximum", s.capacityMaximum);
        values.put("taxonomy_term_ids", s.taxonomyTerms.stream().map(t -> t.id.toString()).sorted().toList());
        values.put("assured_date", s.assuredDate == null ? null : s.assuredDate.toString());
        return values;
    }

    /** Each field whose value differs: name -> {before, after}. */
    static Map<String, Object> differences(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", before.get(field));
                change.put("after", value);
                changes.put(field, change);
            }
        });
        return changes;
    }
}
