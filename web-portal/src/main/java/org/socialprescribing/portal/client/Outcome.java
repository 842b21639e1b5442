package org.socialprescribing.portal.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.resteasy.reactive.ClientWebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a call to one of the suite's APIs did, as the page must tell it: done (saved, or found), refused fields, a
 * conflict, a record that is gone or not this person's, or no answer. A page switches over it, so a new kind of
 * answer cannot be forgotten. A 429 is not an outcome for the form: it is thrown as {@link DirectoryBusyException}, the
 * page that says to wait.
 */
public sealed interface Outcome<T> {

    /** The API did it: the saved (or found) record is the result. */
    record Done<T>(T result) implements Outcome<T> {
    }

    /**
     * The API refused fields (400, 422): each refused field's message by the API's field name, and the problem's
     * detail for a refusal that names no field.
     */
    record Invalid<T>(Map<String, String> fieldErrors, String detail) implements Outcome<T> {
    }

    /**
     * The record's state does not allow it (409), or someone else changed it first ({@code stale}: the version the
     * form was based on is not the latest, 412).
     */
    record Conflict<T>(String detail, boolean stale) implements Outcome<T> {
    }

    /** There is no such record (404, 410), or it is not this person's ({@code notYours}: 403). */
    record Gone<T>(boolean notYours) implements Outcome<T> {
    }

    /** No answer: the API is down, too slow, its breaker is open, or it said so (503). Nothing was changed. */
    record Unavailable<T>() implements Outcome<T> {
    }

    /** The value if the API did it. */
    default Optional<T> value() {
        return this instanceof Done<T> done ? Optional.of(done.result()) : Optional.empty();
    }

    static <T> Outcome<T> unavailable() {
        return new Unavailable<>();
    }

    /**
     * Calls the API and reads its answer. Answers the page cannot act on (other 4xx, 5xx but 503) are thrown, for the
     * caller's fault tolerance to count and fall back to {@link Unavailable}.
     */
    static <T> Outcome<T> of(Supplier<T> call) {
        try {
            return new Done<>(call.get());
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse().getStatus();
            return switch (status) {
                case 429 -> throw DirectoryBusyException.of(e.getResponse().getHeaderString("Retry-After"));
                case 400, 422 -> {
                    JsonNode problem = problem(e);
                    Map<String, String> errors = new LinkedHashMap<>();
                    for (JsonNode violation : problem.path("violations")) {
                        errors.putIfAbsent(violation.path("field").asText(), violation.path("message").asText());
                    }
                    yield new Invalid<>(errors, problem.path("detail").asText(null));
                }
                case 409, 412 -> new Conflict<>(problem(e).path("detail").asText(null), status == 412);
                case 403, 404, 410 -> new Gone<>(status == 403);
                case 503 -> new Unavailable<>();
                default -> throw new IllegalStateException("The API answered " + status, e);
            };
        }
    }

    private static JsonNode problem(ClientWebApplicationException e) {
        try {
            return e.getResponse().readEntity(JsonNode.class);
        } catch (RuntimeException notJson) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
