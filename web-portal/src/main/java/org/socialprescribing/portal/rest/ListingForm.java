package org.socialprescribing.portal.rest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

import org.socialprescribing.portal.client.ListingDetail;
import org.socialprescribing.portal.i18n.ListingMessages;

/**
 * The listing edit form: its text values as typed and its errors by field ({@link FormFields}: the directory's
 * names, which are also the inputs' ids), its lists (the checkboxes, and what it keeps without showing), and the
 * version the edit is based on.
 */
public record ListingForm(String id, String organizationName, int version, FormFields fields,
        List<String> deliveryModes, List<String> eligibilityCriteria, List<String> taxonomyTermIds) {

    static final List<String> TEXT_FIELDS = List.of("name", "description", "status", "accepting_referrals",
            "capacity_available", "capacity_maximum", "minimum_age", "maximum_age", "fees",
            "eligibility_description", "alert", "email", "url", "organization_id");
    private static final List<String> NUMBERS = List.of("capacity_available", "capacity_maximum", "minimum_age",
            "maximum_age");
    /** The inputs an error summary can link to (organisation is a hidden field; an error for it links to the top). */
    private static final Set<String> INPUTS;

    static {
        Set<String> inputs = new LinkedHashSet<>(TEXT_FIELDS);
        inputs.remove("organization_id");
        inputs.add("delivery_modes");
        INPUTS = Set.copyOf(inputs);
    }

    /** A listing's fields in words, by the directory's names: the form's labels, and the history's. */
    private static final Map<String, Function<ListingMessages, String>> LABELS = Map.ofEntries(
            Map.entry("name", ListingMessages::field_name),
            Map.entry("description", ListingMessages::field_description),
            Map.entry("status", ListingMessages::field_status),
            Map.entry("accepting_referrals", ListingMessages::field_accepting_referrals),
            Map.entry("capacity_available", ListingMessages::field_capacity_available),
            Map.entry("capacity_maximum", ListingMessages::field_capacity_maximum),
            Map.entry("minimum_age", ListingMessages::field_minimum_age),
            Map.entry("maximum_age", ListingMessages::field_maximum_age),
            Map.entry("delivery_modes", ListingMessages::field_delivery_modes),
            Map.entry("fees", ListingMessages::field_fees),
            Map.entry("eligibility_description", ListingMessages::field_eligibility_description),
            Map.entry("eligibility_criteria", ListingMessages::field_eligibility_criteria),
            Map.entry("alert", ListingMessages::field_alert),
            Map.entry("email", ListingMessages::field_email),
            Map.entry("url", ListingMessages::field_url),
            Map.entry("taxonomy_term_ids", ListingMessages::field_taxonomy_term_ids),
            Map.entry("assured_date", ListingMessages::field_assured_date),
            Map.entry("places", ListingMessages::field_places),
            Map.entry("organization_id", ListingMessages::field_organization_id));

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
        return new ListingForm(l.id(), l.organizationName(), l.version(), new FormFields(values, Map.of()),
                nonNull(l.deliveryModes()), nonNull(l.eligibilityCriteria()), nonNull(l.taxonomyTermIds()));
    }

    /** The form as posted; numbers that are not whole numbers are errors here, before the directory is asked. */
    static ListingForm posted(String id, MultivaluedMap<String, String> form, ListingMessages words) {
        FormFields fields = FormFields.posted(form, TEXT_FIELDS);
        if (fields.value("name").isEmpty()) {
            fields = fields.withError("name", words.error_name_missing());
        }
        for (String number : NUMBERS) {
            if (!fields.value(number).isEmpty() && !fields.value(number).matches("\\d{1,4}")) {
                fields = fields.withError(number, words.error_whole_number(label(number, words)));
            }
        }
        int version;
        try {
            version = Integer.parseInt(form.getFirst("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new ListingForm(id, form.getFirst("organization_name"), version, fields,
                nonNull(form.get("delivery_modes")), nonNull(form.get("eligibility_criteria")),
                nonNull(form.get("taxonomy_term_ids")));
    }

    /** The body the directory's {@code PUT /listings/{id}} takes. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.values().forEach((field, value) -> {
            if (!value.isEmpty()) {
                body.put(field, NUMBERS.contains(field) ? Integer.parseInt(value) : value);
            }
        });
        body.put("delivery_modes", deliveryModes);
        body.put("eligibility_criteria", eligibilityCriteria);
        body.put("taxonomy_term_ids", taxonomyTermIds);
        return body;
    }

    /**
     * These values with the directory's refused fields, each after its label ("Oldest age: ..."); a refused item of
     * a list ({@code delivery_modes[1]}) is the error of the list's input.
     */
    ListingForm withRefusals(Map<String, String> refused, ListingMessages words) {
        Map<String, String> worded = new LinkedHashMap<>();
        refused.forEach((field, message) -> {
            String base = base(field);
            worded.putIfAbsent(INPUTS.contains(base) ? base : field, label(field, words) + ": " + message);
        });
        return new ListingForm(id, organizationName, version, fields.withRefusals(worded, Map.Entry::getValue),
                deliveryModes, eligibilityCriteria, taxonomyTermIds);
    }

    /**
     * Whether the listing's status is this state of the form's radios: {@code active}, {@code paused} (the
     * directory's {@code temporarily closed}) or {@code archived} ({@code defunct}).
     */
    public boolean statusIs(String state) {
        return switch (state) {
            case "paused" -> fields.is("status", "temporarily closed");
            case "archived" -> fields.is("status", "defunct");
            default -> fields.is("status", state);
        };
    }

    public boolean delivers(String mode) {
        return deliveryModes.contains(mode);
    }

    public boolean hasErrors() {
        return fields.hasErrors();
    }

    /** The errors in form order, for the summary; a field the form has no input for links to the top. */
    public List<Map.Entry<String, String>> errorList() {
        return fields.errorList(INPUTS);
    }

    /**
     * A field of a listing in the page's words, by the directory's name for it ({@code places[0].location_id} is
     * worded as {@code places}); a field the portal has no words for is shown as the directory names it.
     */
    static String label(String field, ListingMessages words) {
        Function<ListingMessages, String> label = LABELS.get(base(field));
        return label == null ? field : label.apply(words);
    }

    /** Every field the portal has words for, in the page's words, for the history's table. */
    static Map<String, String> labels(ListingMessages words) {
        Map<String, String> labels = new LinkedHashMap<>();
        LABELS.forEach((field, label) -> labels.put(field, label.apply(words)));
        return labels;
    }

    /** The field that a path in the directory's names starts with: {@code places[0].location_id} is {@code places}. */
    private static String base(String field) {
        return field.replaceFirst("[\\[.].*$", "");
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
