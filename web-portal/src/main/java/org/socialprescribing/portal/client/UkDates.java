package org.socialprescribing.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as every page writes them, in UK time and GOV.UK style: "3 June 2025", and "3 June 2025 at 14:05"
 * when the time matters.
 */
final class UkDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(UK);

    private UkDates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String day(Instant instant) {
        return DAY.format(instant.atZone(UK));
    }

    static String moment(Instant instant) {
        return MOMENT.format(instant);
    }
}
