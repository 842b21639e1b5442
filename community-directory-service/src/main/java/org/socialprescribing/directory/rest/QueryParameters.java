package org.socialprescribing.directory.rest;

import java.util.Optional;
import java.util.UUID;

import org.socialprescribing.problem.ProblemException;

/**
 * Reads the public API's query parameters by their Open Referral UK names, so that a bad value is a 400 that names
 * the parameter and says what is expected (the framework's own conversion could only say "bad request").
 */
final class QueryParameters {

    static final int MAX_PER_PAGE = 100;
    static final int DEFAULT_PER_PAGE = 50;

    private QueryParameters() {
    }

    static int page(String value) {
        return intBetween("page", value, 1, 1_000_000).orElse(1);
    }

    static int perPage(String value) {
        return intBetween("per_page", value, 1, MAX_PER_PAGE).orElse(DEFAULT_PER_PAGE);
    }

    static Optional<Integer> age(String name, String value) {
        return intBetween(name, value, 0, 150);
    }

    static Optional<Integer> intBetween(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return Optional.of(parsed);
            }
        } catch (NumberFormatException e) {
            // reported below, with the parameter's name
        }
        throw ProblemException.invalidParameter(name, "must be a whole number from " + min + " to " + max);
    }

    static Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "must be a UUID");
        }
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter(name, "must be true or false");
        };
    }

    /** ORUK's {@code format}: json (the default, paged) or ndjson (every match, streamed); true for ndjson. */
    static boolean format(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("json")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("ndjson")) {
            return true;
        }
        throw ProblemException.invalidParameter("format", "must be json or ndjson");
    }

    static Optional<String> text(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > 200) {
            throw ProblemException.invalidParameter(name, "must be at most 200 characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidParameter(name, "must not contain control characters");
        }
        return Optional.of(value.strip());
    }
}
