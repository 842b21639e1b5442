package org.socialprescribing.portal.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a listing's history as the directory gives it: who, when, what, and each field's value before and
 * after. The page words the action and the field names and writes the moment in the page's language.
 */
public record ListingChange(@JsonProperty("service_id") String serviceId,
        @JsonProperty("service_name") String serviceName, @JsonProperty("changed_by") String changedBy,
        @JsonProperty("changed_at") Instant changedAt, String action, Map<String, Object> changes) {

    /**
     * A changed field: the directory's name for it, and its values before and after as the directory gives them
     * ({@code null}: none).
     */
    public record Field(String name, String before, String after) {
    }

    /** Each field with a before and an after (imports and withdrawals carry other details, not listed). */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        if (changes == null) {
            return fields;
        }
        changes.forEach((field, value) -> {
            if (value instanceof Map<?, ?> change && (change.containsKey("before") || change.containsKey("after"))) {
                fields.add(new Field(field, text(change.get("before")), text(change.get("after"))));
            }
        });
        return fields;
    }

    private static String text(Object value) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())
                || (value instanceof String text && text.isEmpty())) {
            return null;
        }
        return value instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }
}
