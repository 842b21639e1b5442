package org.socialprescribing.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.junit.jupiter.api.Test;

/** A form's call to the directory past its rate limit becomes the wait page, not a form error. */
class DirectoryAnswerTest {

    @Test
    void aRateLimitedFormCallIsTheWaitPageWithTheDirectorysRetryAfter() {
        ClientWebApplicationException tooMany = new ClientWebApplicationException(
                Response.status(429).header("Retry-After", "1800").type("application/problem+json")
                        .entity("{\"status\":429}").build());
        DirectoryBusyException busy = assertThrows(DirectoryBusyException.class, () -> DirectoryAnswer.of(() -> {
            throw tooMany;
        }));
        assertEquals("1800", busy.retryAfter());
    }
}
