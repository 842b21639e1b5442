package org.socialprescribing.portal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.socialprescribing.portal.i18n.Messages;

/** The wellbeing API's goal states and dates as the goals page shows them, in the page's language. */
final class GoalStatus {

    private GoalStatus() {
    }

    static String label(String status, Messages words) {
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> words.goal_active();
            case "ACHIEVED" -> words.goal_achieved();
            case "STOPPED" -> words.goal_stopped();
            default -> words.goal_unknown();
        };
    }

    /** The API's ISO date; one that does not parse is shown as no date rather than failing the page. */
    static LocalDate date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
