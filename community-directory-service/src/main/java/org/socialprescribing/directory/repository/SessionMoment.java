package org.socialprescribing.directory.repository;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * A moment in local (Europe/London) time, in the terms schedules are written in: the date, the time, and the
 * iCalendar day parts that fall on that date ("TU", "4TU" for the fourth Tuesday, "-1TU" for the last one).
 */
public record SessionMoment(LocalDate date, LocalTime time) {

    /** The two-letter iCalendar code of the date's weekday, e.g. "TU". */
    public String weekday() {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                .substring(0, 2).toUpperCase(Locale.ROOT);
    }

    /** Every byday part that matches the date: the bare weekday, its occurrence from the start and from the end. */
    public List<String> bydayParts() {
        int fromStart = (date.getDayOfMonth() - 1) / 7 + 1;
        int fromEnd = (date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1;
        String day = weekday();
        return List.of(day, fromStart + day, "-" + fromEnd + day);
    }
}
