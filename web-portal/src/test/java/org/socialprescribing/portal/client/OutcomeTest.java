package org.socialprescribing.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each answer of an API becomes the outcome a page switches over; a 429 is the wait page, not an outcome. */
class OutcomeTest {

    private static Outcome<String> answered(int status, String contentType, Object body) {
        return answered(Response.status(status).type(contentType).entity(body).build());
    }

    private static Outcome<String> answered(Response response) {
        ClientWebApplicationException refusal = new ClientWebApplicationException(response);
        return Outcome.of(() -> {
            throw refusal;
        });
    }

    /**
     * A problem+json answer. Outside a running client the response cannot parse text, so the body is given parsed, as
     * the client's reader gives it; the pages' tests read real problem bodies off the wire.
     */
    private static Outcome<String> problem(int status, String json) {
        try {
            return answered(status, "application/problem+json", new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anAnswerIsDoneWithItsResult() {
        Outcome<String> done = Outcome.of(() -> "saved");
        assertEquals(new Outcome.Done<>("saved"), done);
        assertEquals(Optional.of("saved"), done.value());
    }

    @Test
    void refusedFieldsAreInvalidWithEachFieldsMessageAndTheDetail() {
        String body = "{\"status\":422,\"detail\":\"Some fields are not valid.\",\"violations\":["
                + "{\"field\":\"base_url\",\"message\":\"base_url must start with https://\"},"
                + "{\"field\":\"name\",\"message\":\"must not be blank\"},"
                + "{\"field\":\"name\",\"message\":\"a second message for the same field\"}]}";
        for (int status : new int[]{400, 422}) {
            Outcome<String> invalid = problem(status, body);
            Outcome.Invalid<String> refused = assertInstanceOf(Outcome.Invalid.class, invalid);
            assertEquals(Map.of("base_url", "base_url must start with https://", "name", "must not be blank"),
                    refused.fieldErrors(), "the first message for a field stands");
            assertEquals("Some fields are not valid.", refused.detail());
            assertEquals(Optional.empty(), invalid.value());
        }
        Outcome.Invalid<String> noFields = assertInstanceOf(Outcome.Invalid.class,
                problem(400, "{\"status\":400,\"detail\":\"Malformed JSON.\"}"));
        assertEquals(Map.of(), noFields.fieldErrors());
        assertEquals("Malformed JSON.", noFields.detail());
    }

    @Test
    void aConflictKeepsItsDetailAndA412IsStale() {
        Outcome.Conflict<String> decided = assertInstanceOf(Outcome.Conflict.class,
                problem(409, "{\"status\":409,\"detail\":\"This request was approved already, by coordinator2.\"}"));
        assertEquals("This request was approved already, by coordinator2.", decided.detail());
        assertFalse(decided.stale());
        Outcome.Conflict<String> stale = assertInstanceOf(Outcome.Conflict.class,
                problem(412, "{\"status\":412,\"detail\":\"Changed meanwhile.\"}"));
        assertTrue(stale.stale());
        assertEquals("Changed meanwhile.", stale.detail());
    }

    @Test
    void missingRecordsAreGoneAndSomeoneElsesIsNotYours() {
        assertEquals(new Outcome.Gone<>(false), problem(404, "{\"status\":404}"));
        assertEquals(new Outcome.Gone<>(false), problem(410, "{\"status\":410}"));
        assertEquals(new Outcome.Gone<>(true), problem(403, "{\"status\":403}"));
    }

    @Test
    void a503IsUnavailable() {
        assertEquals(new Outcome.Unavailable<>(), problem(503, "{\"status\":503}"));
        assertEquals(new Outcome.Unavailable<>(), Outcome.unavailable());
    }

    @Test
    void aRateLimitedCallIsTheWaitPageWithTheApisRetryAfter() {
        DirectoryBusyException busy = assertThrows(DirectoryBusyException.class, () -> answered(Response.status(429)
                .header("Retry-After", "1800").type("application/problem+json").entity("{\"status\":429}").build()));
        assertEquals("1800", busy.retryAfter());
        DirectoryBusyException noWait = assertThrows(DirectoryBusyException.class,
                () -> problem(429, "{\"status\":429}"));
        assertEquals(DirectoryBusyException.DEFAULT_RETRY_AFTER, noWait.retryAfter(), "no Retry-After: a minute");
    }

    @Test
    void anAnswerThePageCannotActOnIsThrownForTheFallback() {
        assertThrows(IllegalStateException.class, () -> problem(500, "{\"status\":500}"));
        assertThrows(IllegalStateException.class, () -> problem(401, "{\"status\":401}"));
    }

    @Test
    void aProblemBodyThatIsNoJsonIsReadAsNoDetail() {
        Outcome.Conflict<String> conflict = assertInstanceOf(Outcome.Conflict.class,
                answered(409, "text/html", "<html><body>Conflict</body></html>"));
        assertNull(conflict.detail());
        Outcome.Invalid<String> invalid = assertInstanceOf(Outcome.Invalid.class,
                answered(422, "text/plain", "not json at all"));
        assertEquals(Map.of(), invalid.fieldErrors());
        assertNull(invalid.detail());
    }
}
