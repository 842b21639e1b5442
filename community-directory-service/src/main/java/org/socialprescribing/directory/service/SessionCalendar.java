package org.socialprescribing.directory.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialprescribing.directory.Schedule;

/**
 * When sessions happen: evaluates HSDS schedules (iCalendar freq, interval, byday, bymonthday, validity) on dates,
 * with the same rules the search's SQL applies, so "open now" and "next session" agree.
 */
public final class SessionCalendar {

    /** How far ahead the next session is looked for. */
    static final int HORIZON_DAYS = 62;

    private static final Pattern BYDAY_PART = Pattern.compile("([-+]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");

    private SessionCalendar() {
    }

    /** One occurrence of a schedule. */
    public record Session(LocalDate date, LocalTime opensAt, LocalTime closesAt) {

        public LocalDateTime end() {
            return date.atTime(closesAt);
        }
    }

    /** The next session (or the one running now) of any of the schedules, within about two months. */
    public static Optional<Session> next(Collection<Schedule> schedules, LocalDateTime now) {
        return schedules.stream().filter(s -> s.opensAt != null && s.closesAt != null)
                .flatMap(s -> nextOf(s, now).stream()).min(Comparator.comparing(Session::date)
                        .thenComparing(Session::opensAt));
    }

    private static Optional<Session> nextOf(Schedule schedule, LocalDateTime now) {
        for (int day = 0; day <= HORIZON_DAYS; day++) {
            LocalDate date = now.toLocalDate().plusDays(day);
            Session session = new Session(date, schedule.opensAt, schedule.closesAt);
            if (fallsOn(schedule, date) && session.end().isAfter(now)) {
                return Optional.of(session);
            }
        }
        return Optional.empty();
    }

    /** How a person would say it: "Every Tuesday, 10:00 to 11:30"; "Second Monday of the month, 14:00 to 16:00". */
    public static String describe(Schedule s) {
        String[] ordinals = {"last", "first", "second", "third", "fourth", "fifth"};
        java.util.List<String> days = new java.util.ArrayList<>();
        boolean monthly = false;
        for (String part : s.byday.split(",")) {
            Matcher m = BYDAY_PART.matcher(part.strip());
            if (!m.matches()) {
                continue;
            }
            String day = java.time.DayOfWeek.valueOf(dayName(m.group(2))).getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.UK);
            if (m.group(1) != null) {
                int nth = Integer.parseInt(m.group(1).replace("+", ""));
                days.add((nth < 0 ? ordinals[0] : ordinals[Math.min(nth, 5)]) + " " + day);
                monthly = true;
            } else {
                days.add(day);
            }
        }
        String when = String.join(" and ", days);
        when = monthly
                ? Character.toUpperCase(when.charAt(0)) + when.substring(1) + " of the month"
                : (s.interval != null && s.interval > 1 ? "Every " + s.interval + " weeks on " : "Every ") + when;
        return when + ", " + s.opensAt + " to " + s.closesAt;
    }

    private static String dayName(String code) {
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (day.name().startsWith(code)) {
                return day.name();
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** Whether the schedule has a session on this date. */
    public static boolean fallsOn(Schedule s, LocalDate date) {
        if ((s.validFrom != null && date.isBefore(s.validFrom)) || (s.validTo != null && date.isAfter(s.validTo))
                || (s.dtstart != null && date.isBefore(s.dtstart)) || !inInterval(s, date)) {
            return false;
        }
        if (s.byday != null) {
            return matchesByday(s.byday, date);
        }
        return s.bymonthday != null && matchesBymonthday(s.bymonthday, date);
    }

    private static boolean inInterval(Schedule s, LocalDate date) {
        if (s.interval == null || s.interval <= 1 || s.dtstart == null) {
            return true;
        }
        long steps = "MONTHLY".equals(s.freq)
                ? ChronoUnit.MONTHS.between(s.dtstart.withDayOfMonth(1), date.withDayOfMonth(1))
                : ChronoUnit.DAYS.between(s.dtstart, date) / 7;
        return steps % s.interval == 0;
    }

    private static boolean matchesByday(String byday, LocalDate date) {
        String weekday = date.getDayOfWeek().name().substring(0, 2);
        for (String part : byday.split(",")) {
            Matcher m = BYDAY_PART.matcher(part.strip());
            if (!m.matches() || !m.group(2).equals(weekday)) {
                continue;
            }
            if (m.group(1) == null) {
                return true;
            }
            int nth = Integer.parseInt(m.group(1).replace("+", ""));
            int fromStart = (date.getDayOfMonth() - 1) / 7 + 1;
            int fromEnd = (date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1;
            if (nth > 0 ? fromStart == nth : fromEnd == -nth) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesBymonthday(String bymonthday, LocalDate date) {
        for (String part : bymonthday.split(",")) {
            try {
                int day = Integer.parseInt(part.strip());
                int actual = day > 0 ? date.getDayOfMonth() : date.getDayOfMonth() - date.lengthOfMonth() - 1;
                if (actual == day) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // not a day of the month: ignored, as the schedule's description still says what it means
            }
        }
        return false;
    }
}
