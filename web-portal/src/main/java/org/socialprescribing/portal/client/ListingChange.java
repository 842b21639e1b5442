package org.socialprescribing.portal.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a listing's history: who, when, what, and each field's value before and after. */
public record ListingChange(@JsonProperty("service_id") String serviceId,
        @JsonProperty("service_name") String serviceName, @JsonProperty("changed_by") String changedBy,
        @JsonProperty("changed_at") Instant changedAt, String action, Map<String, Object> changes) {

    /** A changed field in words. */
    public record Field(String name, String before, String after) {
    }

    public String when() {
        return UkDates.moment(changedAt);
    }

    /** Each field with a before and an after (imports and withdrawals carry other details, not listed). */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        changes.forEach((field, value) -> {
            if (value instanceof Map<?, ?> change && (change.containsKey("before") || change.containsKey("after"))) {
                fields.add(new Field(field.replace('_', ' '), text(change.get("before")), text(change.get("after"))));
            }
        });
        return fields;
    }

    private static String text(Object value) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            return "(none)";
        }
        return value instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }
}
