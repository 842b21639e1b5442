package org.socialprescribing.directory.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.service.Match;
import org.socialprescribing.directory.service.PageOf;
import org.socialprescribing.directory.service.SessionCalendar.Session;

/** How long a kept search answer stays true: its time to live, or until the first session it shows ends. */
class SearchAnswersTest {

    static final Duration TTL = Duration.ofSeconds(30);
    static final Instant NOW = Instant.parse("2026-11-24T09:59:50Z");

    @Test
    void anAnswerWithoutSessionsLivesItsTimeToLive() {
        assertEquals(TTL, SearchAnswers.lifetime(TTL, NOW, Optional.empty()));
        assertEquals(TTL, SearchAnswers.lifetime(TTL, NOW, Optional.of(NOW.plus(Duration.ofHours(1)))));
    }

    @Test
    void anAnswerLivesOnlyUntilTheFirstSessionItShowsEnds() {
        assertEquals(Duration.ofSeconds(10), SearchAnswers.lifetime(TTL, NOW, Optional.of(NOW.plusSeconds(10))));
        assertEquals(Duration.ZERO, SearchAnswers.lifetime(TTL, NOW, Optional.of(NOW)));
        assertEquals(Duration.ofSeconds(-5), SearchAnswers.lifetime(TTL, NOW, Optional.of(NOW.minusSeconds(5))));
    }

    @Test
    void aPageChangesWhenTheEarliestNextSessionItShowsEnds() {
        // UK time in winter is UTC: Tuesday's 10:00-11:30 session ends at 11:30Z, Monday's 18:00-19:00 at 19:00Z.
        Match<String> later = new Match<>("later", null, Optional.of(new Session(LocalDate.of(2026, 12, 1),
                LocalTime.of(10, 0), LocalTime.of(11, 30))));
        Match<String> sooner = new Match<>("sooner", 120.0, Optional.of(new Session(LocalDate.of(2026, 11, 30),
                LocalTime.of(18, 0), LocalTime.of(19, 0))));
        Match<String> none = new Match<>("none", null, Optional.empty());
        PageOf<Match<String>> page = new PageOf<>(List.of(later, none, sooner), 3, 1, 20);
        assertEquals(Optional.of(Instant.parse("2026-11-30T19:00:00Z")), SearchAnswers.Answer.of("body", page)
                .changesAt());
        assertEquals(Optional.empty(), SearchAnswers.Answer.of("body", new PageOf<>(List.of(none), 1, 1, 20))
                .changesAt());
    }

    @Test
    void summerSessionsEndInBritishSummerTime() {
        Match<String> june = new Match<>("june", null, Optional.of(new Session(LocalDate.of(2027, 6, 1),
                LocalTime.of(10, 0), LocalTime.of(11, 0))));
        assertEquals(Optional.of(Instant.parse("2027-06-01T10:00:00Z")), SearchAnswers.Answer.of("body",
                new PageOf<>(List.of(june), 1, 1, 20)).changesAt());
    }
}
