package org.socialprescribing.referral.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks directory services for one person, explainably: each service's score is the sum of parts, each part in
 * words. Needs met count most, then nearness, then whether the group is taking people, the person's age and
 * language, free places and how recently the listing was checked. A service the person is too young or too old for,
 * or that is not taking referrals, is not suggested at all.
 */
public final class MatchScorer {

    static final int NEEDS = 40;
    static final int NEAR = 25;
    static final double NEAR_WITHIN_METRES = 16_093;
    static final int ONLINE = 15;
    static final int OPEN = 15;
    static final int WAITING_LIST = 5;
    static final int AGE_FITS = 10;
    static final int LANGUAGE = 10;
    static final int PLACES_FREE = 5;
    static final int NO_PLACES = -10;
    static final int CHECKED_RECENTLY = 5;
    static final int NOT_CHECKED = -5;

    private MatchScorer() {
    }

    /**
     * @param candidates
     *            each service found, with the needs (term ids) it was found for
     * @param needNames
     *            the words for each need, where known (else the id is used)
     * @return the suggestions, best first, at most {@code limit}
     */
    public static List<Suggestion> rank(Seeker seeker, Map<DirectoryService, Set<String>> candidates,
            Map<String, String> needNames, LocalDate today, int limit) {
        List<Suggestion> ranked = new ArrayList<>();
        candidates.forEach((service, met) -> score(seeker, service, met, needNames, today).ifPresent(ranked::add));
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::serviceName, Comparator.nullsLast(Comparator.naturalOrder())));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : List.copyOf(ranked);
    }

    static Optional<Suggestion> score(Seeker seeker, DirectoryService service, Set<String> met,
            Map<String, String> needNames, LocalDate today) {
        if ("closed".equals(service.acceptingReferrals()) || !ageAllows(seeker, service)) {
            return Optional.empty();
        }
        List<Suggestion.Reason> reasons = new ArrayList<>();
        int needs = seeker.needs().isEmpty() ? 0 : Math.round((float) NEEDS * met.size() / seeker.needs().size());
        reasons.add(new Suggestion.Reason("needs", needs, "Meets " + met.size() + " of " + seeker.needs().size()
                + " needs: " + String.join(", ", met.stream().map(n -> needNames.getOrDefault(n, n)).sorted()
                        .toList())));
        reasons.add(nearness(service));
        reasons.add(switch (service.acceptingReferrals() == null ? "" : service.acceptingReferrals()) {
            case "open" -> new Suggestion.Reason("taking_people", OPEN, "Taking new people");
            case "waiting_list" -> new Suggestion.Reason("taking_people", WAITING_LIST, "Has a waiting list");
            default -> new Suggestion.Reason("taking_people", 0, "Does not say whether it is taking new people");
        });
        reasons.add(age(seeker, service));
        language(seeker, service).ifPresent(reasons::add);
        places(service).ifPresent(reasons::add);
        reasons.add(freshness(service, today));
        int score = reasons.stream().mapToInt(Suggestion.Reason::points).sum();
        return Optional.of(new Suggestion(service.id(), service.organizationId(), service.name(),
                service.organization() == null ? null : service.organization().name(), score,
                List.copyOf(reasons)));
    }

    private static Suggestion.Reason nearness(DirectoryService service) {
        if (service.distance() == null) {
            boolean online = service.deliveryModes() != null
                    && (service.deliveryModes().contains("online") || service.deliveryModes().contains("telephone"));
            return online
                    ? new Suggestion.Reason("nearness", ONLINE, "Online or by phone: no travel")
                    : new Suggestion.Reason("nearness", 0, "Distance not known");
        }
        double metres = service.distance();
        int points = (int) Math.round(NEAR * Math.max(0, 1 - metres / NEAR_WITHIN_METRES));
        return new Suggestion.Reason("nearness", points,
                String.format(Locale.UK, "%.1f miles away", metres / 1609.344));
    }

    static boolean ageAllows(Seeker seeker, DirectoryService service) {
        // With only a band, the person may be anywhere in it: refused only if the whole band is outside the limits
        if (seeker.oldest() != null && service.minimumAge() != null && seeker.oldest() < service.minimumAge()) {
            return false;
        }
        return seeker.youngest() == null || service.maximumAge() == null || seeker.youngest() <= service.maximumAge();
    }

    private static Suggestion.Reason age(Seeker seeker, DirectoryService service) {
        if (service.minimumAge() == null && service.maximumAge() == null) {
            return new Suggestion.Reason("age", AGE_FITS, "Open to all ages");
        }
        String limits = service.maximumAge() == null
                ? "ages " + service.minimumAge() + " and over"
                : service.minimumAge() == null
                        ? "ages up to " + service.maximumAge()
                        : "ages " + service.minimumAge() + " to " + service.maximumAge();
        if (seeker.youngest() == null) {
            return new Suggestion.Reason("age", 0, "For " + limits + "; the person's age is not known");
        }
        return new Suggestion.Reason("age", AGE_FITS, "For " + limits + ": the person's age fits");
    }

    private static Optional<Suggestion.Reason> language(Seeker seeker, DirectoryService service) {
        String wanted = seeker.language().toLowerCase(Locale.ROOT);
        if (wanted.startsWith("en")) {
            return Optional.empty();
        }
        String name = Locale.forLanguageTag(wanted).getDisplayLanguage(Locale.UK);
        boolean offered = service.languages() != null && service.languages().stream()
                .anyMatch(l -> l.code() != null && l.code().toLowerCase(Locale.ROOT).startsWith(wanted)
                        || l.name() != null && l.name().equalsIgnoreCase(name));
        return Optional.of(offered
                ? new Suggestion.Reason("language", LANGUAGE, "Offered in " + name)
                : new Suggestion.Reason("language", 0, "Not listed as offered in " + name));
    }

    private static Optional<Suggestion.Reason> places(DirectoryService service) {
        if (service.serviceCapacity() == null || service.serviceCapacity().isEmpty()
                || service.serviceCapacity().get(0).available() == null) {
            return Optional.empty();
        }
        int free = service.serviceCapacity().get(0).available();
        return Optional.of(free > 0
                ? new Suggestion.Reason("places", PLACES_FREE, free + (free == 1 ? " place" : " places") + " free")
                : new Suggestion.Reason("places", NO_PLACES, "No places free now"));
    }

    private static Suggestion.Reason freshness(DirectoryService service, LocalDate today) {
        if (service.assuredDate() == null) {
            return new Suggestion.Reason("checked", NOT_CHECKED, "The listing has never been checked");
        }
        long months = ChronoUnit.MONTHS.between(service.assuredDate(), today);
        if (months <= 6) {
            return new Suggestion.Reason("checked", CHECKED_RECENTLY,
                    months == 0 ? "Checked this month" : "Checked " + months + " months ago");
        }
        if (months > 12) {
            return new Suggestion.Reason("checked", NOT_CHECKED, "Not checked for over a year");
        }
        return new Suggestion.Reason("checked", 0, "Checked " + months + " months ago");
    }
}
