package org.socialprescribing.portal.rest;

/** Plain-English labels for the wellbeing API's goal states. */
final class GoalStatus {

    private GoalStatus() {
    }

    static String label(String status) {
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> "Working on it";
            case "ACHIEVED" -> "Achieved";
            case "STOPPED" -> "Stopped";
            default -> "Unknown";
        };
    }
}
