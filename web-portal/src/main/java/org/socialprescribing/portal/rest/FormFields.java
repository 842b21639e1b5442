package org.socialprescribing.portal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A form's text values as the person typed them (so a refused form comes back as they left it) and its errors by
 * input id, in the order of the form. Every form of the portal keeps its values here; the template reads
 * {@code form.value('name')}, {@code form.error('name')} and, for the GOV.UK error summary, {@code form.errorList}.
 */
public record FormFields(Map<String, String> values, Map<String, String> errors) {

    public FormFields {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static FormFields empty() {
        return new FormFields(Map.of(), Map.of());
    }

    /** The named fields as posted, trimmed; a missing field is empty. */
    public static FormFields posted(MultivaluedMap<String, String> form, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value.strip());
        }
        return new FormFields(values, Map.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** These values with one more error (the first error for a field stands). */
    public FormFields withError(String field, String message) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.putIfAbsent(field, message);
        return new FormFields(values, all);
    }

    /**
     * These values with an API's refused fields, each in the form's words ({@code wording} gets the API's field name
     * and message).
     */
    public FormFields withRefusals(Map<String, String> refused, Function<Map.Entry<String, String>, String> wording) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        refused.entrySet().forEach(e -> all.putIfAbsent(e.getKey(), wording.apply(e)));
        return new FormFields(values, all);
    }

    /**
     * The errors for the summary, each linking its input; an error for a field the form has no input for links to the
     * page's top.
     */
    public List<Map.Entry<String, String>> errorList(Set<String> inputs) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        errors.forEach(
                (field, message) -> list.add(Map.entry(inputs.contains(field) ? field : "main-content", message)));
        return list;
    }

    /** The errors for the summary, every field being an input of the form. */
    public List<Map.Entry<String, String>> errorList() {
        return errorList(errors.keySet());
    }
}
