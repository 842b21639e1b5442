package org.socialprescribing.portal.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Drafts belong to one person and one journey, lapse after an hour idle, and go when forgotten. */
class DraftsTest {

    private static final Journey<Object> JOIN = new Journey<>("join", "/join", List.of());
    private static final Journey<Object> OTHER = new Journey<>("other", "/other", List.of());

    private final MovableClock clock = new MovableClock();
    private final Drafts drafts = new Drafts(clock);

    @Test
    void answersAreKeptPerPersonAndJourney() {
        drafts.keep(JOIN, person("rosa"), "name", "Walkers");
        drafts.keep(JOIN, person("rosa"), "email", "walk@example.org");
        assertEquals(Map.of("name", "Walkers", "email", "walk@example.org"), drafts.answers(JOIN, person("rosa")));
        assertEquals(Map.of(), drafts.answers(JOIN, person("sam")), "another person sees nothing");
        assertEquals(Map.of(), drafts.answers(OTHER, person("rosa")), "another journey sees nothing");
    }

    @Test
    void anEmptyAnswerRemovesTheOneBefore() {
        drafts.keep(JOIN, person("rosa"), "email", "walk@example.org");
        drafts.keep(JOIN, person("rosa"), "email", "");
        assertEquals(Map.of(), drafts.answers(JOIN, person("rosa")));
    }

    @Test
    void aDraftLapsesAnHourAfterItsLastChange() {
        drafts.keep(JOIN, person("rosa"), "name", "Walkers");
        clock.move(Duration.ofMinutes(50));
        drafts.keep(JOIN, person("rosa"), "email", "walk@example.org");
        clock.move(Duration.ofMinutes(50));
        assertEquals(2, drafts.answers(JOIN, person("rosa")).size(), "the second answer kept it alive");
        clock.move(Duration.ofMinutes(11));
        assertEquals(Map.of(), drafts.answers(JOIN, person("rosa")));
        drafts.keep(JOIN, person("sam"), "name", "Choir");
        assertEquals(1, drafts.size(), "a lapsed draft is dropped when another is kept");
    }

    @Test
    void aForgottenDraftIsGone() {
        drafts.keep(JOIN, person("rosa"), "name", "Walkers");
        drafts.forget(JOIN, person("rosa"));
        assertEquals(Map.of(), drafts.answers(JOIN, person("rosa")));
        assertEquals(0, drafts.size());
    }

    @Test
    void nothingIsKeptForSomeoneNotSignedIn() {
        assertThrows(IllegalStateException.class,
                () -> drafts.keep(JOIN, QuarkusSecurityIdentity.builder().setAnonymous(true).build(), "name", "x"));
    }

    @Test
    void aGuestsDraftIsKeptUnderTheirCookieAndIsNoOnesElse() {
        drafts.keep(JOIN, Drafts.Owner.guest("cookie-one"), "name", "Walkers");
        assertEquals(Map.of("name", "Walkers"), drafts.answers(JOIN, Drafts.Owner.guest("cookie-one")));
        assertEquals(Map.of(), drafts.answers(JOIN, Drafts.Owner.guest("cookie-two")), "another guest");
        assertEquals(Map.of(), drafts.answers(JOIN, person("cookie-one")), "a person whose name is the cookie's");
        drafts.forget(JOIN, Drafts.Owner.guest("cookie-one"));
        assertEquals(Map.of(), drafts.answers(JOIN, Drafts.Owner.guest("cookie-one")));
        assertThrows(IllegalStateException.class, () -> Drafts.Owner.guest(" "));
    }

    private static SecurityIdentity person(String name) {
        Principal principal = new QuarkusPrincipal(name);
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).build();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
