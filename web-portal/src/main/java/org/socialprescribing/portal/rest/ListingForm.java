package org.socialprescribing.portal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.socialprescribing.portal.client.ListingDetail;

/**
 * The listing edit form: its values as typed (so a refused form comes back as the person left it), the errors by
 * field (the directory's names, which are also the inputs' ids), and the version the edit is based on.
 */
public record ListingForm(String id, String organizationName, int version, Map<String, String> values,
        List<String> deliveryModes, List<String> eligibilityCriteria, List<String> taxonomyTermIds,
        Map<String, String> errors) {

    static final List<String> TEXT_FIELDS = List.of("name", "description", "status", "accepting_referrals",
            "capacity_available", "capacity_maximum", "minimum_age", "maximum_age", "fees",
            "eligibility_description", "alert", "email", "url", "organization_id");
    private static final List<String> NUMBERS = List.of("capacity_available", "capacity_maximum", "minimum_age",
            "maximum_age");

    static ListingForm of(ListingDetail l) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", l.name());
        values.put("description", l.description());
        values.put("status", l.status());
        values.put("accepting_referrals", l.acceptingReferrals());
        values.put("capacity_available", text(l.capacityAvailable()));
        values.put("capacity_maximum", text(l.capacityMaximum()));
        values.put("minimum_age", text(l.minimumAge()));
        values.put("maximum_age", text(l.maximumAge()));
        values.put("fees", l.fees());
        values.put("eligibility_description", l.eligibilityDescription());
        values.put("alert", l.alert());
        values.put("email", l.email());
        values.put("url", l.url());
        values.put("organization_id", l.organizationId());
        values.replaceAll((k, v) -> v == null ? "" : v);
        return new ListingForm(l.id(), l.organizationName(), l.version(), values, nonNull(l.deliveryModes()),
                nonNull(l.eligibilityCriteria()), nonNull(l.taxonomyTermIds()), Map.of());
    }

    /** The form as posted; numbers that are not whole numbers are errors here, before the directory is asked. */
    static ListingForm posted(String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("name").isEmpty()) {
            errors.put("name", "Enter the listing's name");
        }
        for (String number : NUMBERS) {
            if (!values.get(number).isEmpty() && !values.get(number).matches("\\d{1,4}")) {
                errors.put(number, label(number) + " must be a whole number, like 12");
            }
        }
        int version;
        try {
            version = Integer.parseInt(form.getFirst("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new ListingForm(id, form.getFirst("organization_name"), version, values,
                nonNull(form.get("delivery_modes")), nonNull(form.get("eligibility_criteria")),
                nonNull(form.get("taxonomy_term_ids")), errors);
    }

    /** The body the directory's {@code PUT /listings/{id}} takes. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (!value.isEmpty()) {
                body.put(field, NUMBERS.contains(field) ? Integer.parseInt(value) : value);
            }
        });
        body.put("delivery_modes", deliveryModes);
        body.put("eligibility_criteria", eligibilityCriteria);
        body.put("taxonomy_term_ids", taxonomyTermIds);
        return body;
    }

    ListingForm withErrors(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        more.forEach((field, message) -> all.putIfAbsent(field, label(field) + ": " + message));
        return new ListingForm(id, organizationName, version, values, deliveryModes, eligibilityCriteria,
                taxonomyTermIds, all);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    public boolean delivers(String mode) {
        return deliveryModes.contains(mode);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors in form order, for the summary; a field the form has no input for links to the top. */
    public List<Map.Entry<String, String>> errorList() {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        errors.forEach((field, message) -> list
                .add(Map.entry(TEXT_FIELDS.contains(field) || field.equals("delivery_modes") ? field : "main-content",
                        message)));
        return list;
    }

    static String label(String field) {
        String words = field.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
