package org.socialprescribing.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Pages show moments in UK time, whatever the server's zone, and write dates alike everywhere. */
class UkDatesTest {

    @Test
    void momentsAreInUkTimeSummerAndWinter() {
        assertEquals("3 June 2025 at 14:05", UkDates.moment(Instant.parse("2025-06-03T13:05:00Z")));
        assertEquals("3 January 2025 at 13:05", UkDates.moment(Instant.parse("2025-01-03T13:05:00Z")));
    }

    @Test
    void aLateSummerEveningInUtcIsTheNextDayInTheUk() {
        assertEquals("4 June 2025", UkDates.day(Instant.parse("2025-06-03T23:30:00Z")));
        assertEquals("3 January 2025", UkDates.day(Instant.parse("2025-01-03T23:30:00Z")));
    }

    @Test
    void datesAreWrittenInFull() {
        assertEquals("1 March 2026", UkDates.day(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void historyAndFeedRunsWriteTheirMomentsAlike() {
        Instant at = Instant.parse("2025-06-03T13:05:00Z");
        FeedRun run = new FeedRun("r", "manual", "coordinator1", at, null, "running", 0, 0, 0, 0, 0, 0, 0, null,
                null);
        ListingChange change = new ListingChange("s", "Walk", "editor1", at, "updated", java.util.Map.of());
        assertEquals(change.when(), run.started());
    }
}
