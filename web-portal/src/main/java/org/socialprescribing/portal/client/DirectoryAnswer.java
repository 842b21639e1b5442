package org.socialprescribing.portal.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.resteasy.reactive.ClientWebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a call to the directory did: its answer, or the directory's refusal (status, problem detail, refused fields by
 * name) for the page to show. Status 0 means no answer at all. A 429 is not an answer for the form: it is thrown as
 * {@link DirectoryBusyException}, the page that says to wait.
 */
public record DirectoryAnswer<T>(Optional<T> value, int status, String detail, Map<String, String> fieldErrors) {

    static <T> DirectoryAnswer<T> of(Supplier<T> call) {
        try {
            return new DirectoryAnswer<>(Optional.of(call.get()), 200, null, Map.of());
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 429) {
                // Too many calls from this person (a joining request past its hourly limit): the page that says to
                // wait, with the directory's Retry-After, not a form error.
                throw DirectoryBusyException.of(e.getResponse().getHeaderString("Retry-After"));
            }
            if (status >= 500 && status != 503) {
                throw new IllegalStateException("The directory answered " + status, e);
            }
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            Map<String, String> errors = new LinkedHashMap<>();
            for (JsonNode violation : problem.path("violations")) {
                errors.putIfAbsent(violation.path("field").asText(), violation.path("message").asText());
            }
            return new DirectoryAnswer<>(Optional.empty(), status, problem.path("detail").asText(null), errors);
        }
    }

    static <T> DirectoryAnswer<T> none() {
        return new DirectoryAnswer<>(Optional.empty(), 0, null, Map.of());
    }
}
