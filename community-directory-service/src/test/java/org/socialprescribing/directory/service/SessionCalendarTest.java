package org.socialprescribing.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.Schedule;

class SessionCalendarTest {

    // Tuesday 24 November 2026
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    static Schedule schedule(String freq, String byday, String opens, String closes) {
        Schedule s = new Schedule();
        s.freq = freq;
        s.byday = byday;
        s.opensAt = LocalTime.parse(opens);
        s.closesAt = LocalTime.parse(closes);
        return s;
    }

    @Test
    void weeklyOnTheNamedDays() {
        Schedule tuesdays = schedule("WEEKLY", "TU", "10:00", "11:30");
        assertTrue(SessionCalendar.fallsOn(tuesdays, TUESDAY));
        assertFalse(SessionCalendar.fallsOn(tuesdays, TUESDAY.plusDays(1)));
    }

    @Test
    void monthlyByOccurrenceFromTheStartOrTheEnd() {
        assertTrue(SessionCalendar.fallsOn(schedule("MONTHLY", "4TU", "10:00", "11:00"), TUESDAY));
        assertTrue(SessionCalendar.fallsOn(schedule("MONTHLY", "-1TU", "10:00", "11:00"), TUESDAY));
        assertFalse(SessionCalendar.fallsOn(schedule("MONTHLY", "2TU", "10:00", "11:00"), TUESDAY));
        assertTrue(SessionCalendar.fallsOn(schedule("MONTHLY", "2TU", "10:00", "11:00"), LocalDate.of(2026, 11, 10)));
    }

    @Test
    void everyOtherWeekCountsFromTheStartDate() {
        Schedule fortnightly = schedule("WEEKLY", "TU", "10:00", "11:00");
        fortnightly.interval = 2;
        fortnightly.dtstart = LocalDate.of(2026, 11, 10);
        assertTrue(SessionCalendar.fallsOn(fortnightly, TUESDAY));
        assertFalse(SessionCalendar.fallsOn(fortnightly, TUESDAY.plusWeeks(1)));
    }

    @Test
    void validityBoundsTheSessions() {
        Schedule ended = schedule("WEEKLY", "TU", "10:00", "11:00");
        ended.validTo = TUESDAY.minusDays(1);
        assertFalse(SessionCalendar.fallsOn(ended, TUESDAY));
    }

    @Test
    void nextSessionIsTheOneRunningNowOrTheNextToStart() {
        Schedule tuesdays = schedule("WEEKLY", "TU", "10:00", "11:30");
        Schedule fridays = schedule("WEEKLY", "FR", "14:00", "15:00");
        assertEquals(TUESDAY, SessionCalendar.next(List.of(tuesdays, fridays), TUESDAY.atTime(11, 0))
                .orElseThrow().date());
        assertEquals(LocalDate.of(2026, 11, 27), SessionCalendar.next(List.of(tuesdays, fridays),
                LocalDateTime.of(TUESDAY, LocalTime.of(11, 30))).orElseThrow().date());
    }
}
