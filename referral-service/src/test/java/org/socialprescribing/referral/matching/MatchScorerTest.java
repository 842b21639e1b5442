package org.socialprescribing.referral.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How suggestions rank, and that each part of a score says why in words. */
class MatchScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String LONELY = "befriending";
    private static final String WALK = "walking";

    private static DirectoryService service(String name, Long metres, String accepting, Integer min, Integer max) {
        return new DirectoryService(UUID.nameUUIDFromBytes(name.getBytes()), UUID.randomUUID(), name, min, max,
                TODAY.minusMonths(2), new DirectoryService.Organization(null, name + " charity"), List.of(),
                List.of("in_person"), accepting, List.of(), metres);
    }

    private static Seeker seeker(Integer youngest, Integer oldest, String language) {
        return new Seeker(List.of(LONELY, WALK), youngest, oldest, language);
    }

    @Test
    void aServiceMeetingMoreNeedsRanksFirstThenTheNearer() {
        DirectoryService both = service("Walk and talk", 3_000L, "open", null, null);
        DirectoryService nearButOne = service("Befriending calls", 500L, "open", null, null);
        DirectoryService farButOne = service("Far walk", 15_000L, "open", null, null);
        Map<DirectoryService, Set<String>> found = new LinkedHashMap<>();
        found.put(farButOne, Set.of(WALK));
        found.put(nearButOne, Set.of(LONELY));
        found.put(both, Set.of(LONELY, WALK));
        List<Suggestion> ranked = MatchScorer.rank(seeker(70, 70, "en"), found,
                Map.of(LONELY, "Befriending", WALK, "Walking groups"), TODAY, 10);
        assertEquals(List.of("Walk and talk", "Befriending calls", "Far walk"),
                ranked.stream().map(Suggestion::serviceName).toList());
        Suggestion best = ranked.get(0);
        assertEquals(best.score(), best.reasons().stream().mapToInt(Suggestion.Reason::points).sum(),
                "the score is the sum of its parts");
        assertEquals("Meets 2 of 2 needs: Befriending, Walking groups", words(best, "needs"));
        assertEquals("1.9 miles away", words(best, "nearness"));
        assertEquals("Taking new people", words(best, "taking_people"));
        assertEquals("Checked 2 months ago", words(best, "checked"));
    }

    @Test
    void aServiceNotTakingReferralsOrForOtherAgesIsNotSuggested() {
        Map<DirectoryService, Set<String>> found = new LinkedHashMap<>();
        found.put(service("Closed club", 100L, "closed", null, null), Set.of(LONELY));
        found.put(service("Youth club", 100L, "open", 11, 18), Set.of(LONELY));
        found.put(service("Over 50s walking football", 100L, "open", 50, null), Set.of(WALK));
        assertEquals(List.of("Over 50s walking football"), MatchScorer
                .rank(seeker(70, 70, "en"), found, Map.of(), TODAY, 10).stream().map(Suggestion::serviceName).toList());
        assertEquals(List.of("Youth club"), MatchScorer.rank(seeker(16, 24, "en"), found, Map.of(), TODAY, 10).stream()
                .map(Suggestion::serviceName).toList(), "a band of 16-24 may be 18 or under, and under 50");
    }

    @Test
    void anUnknownAgeIsNoReasonToLeaveAServiceOutButSaysSo() {
        Suggestion s = MatchScorer.score(seeker(null, null, "en"), service("Youth club", 100L, "open", 11, 18),
                Set.of(LONELY), Map.of(), TODAY).orElseThrow();
        assertEquals("For ages 11 to 18; the person's age is not known", words(s, "age"));
        assertEquals(0, points(s, "age"));
    }

    @Test
    void aWaitingListFreePlacesLanguageAndFreshnessEachCount() {
        DirectoryService welsh = new DirectoryService(UUID.randomUUID(), UUID.randomUUID(), "Cylch Cymraeg", null,
                null, TODAY.minusMonths(18), null, List.of(new DirectoryService.Language("Welsh", "cy")), List.of(),
                "waiting_list", List.of(new DirectoryService.Capacity(0, 12)), null);
        Suggestion s = MatchScorer.score(seeker(40, 40, "cy"), welsh, Set.of(LONELY), Map.of(), TODAY).orElseThrow();
        assertEquals("Has a waiting list", words(s, "taking_people"));
        assertEquals(MatchScorer.WAITING_LIST, points(s, "taking_people"));
        assertEquals("Offered in Welsh", words(s, "language"));
        assertEquals("No places free now", words(s, "places"));
        assertEquals("Not checked for over a year", words(s, "checked"));
        assertEquals("Distance not known", words(s, "nearness"));
        Suggestion english = MatchScorer.score(seeker(40, 40, "cy"), service("Chat club", 100L, "open", null, null),
                Set.of(LONELY), Map.of(), TODAY).orElseThrow();
        assertEquals("Not listed as offered in Welsh", words(english, "language"));
    }

    @Test
    void anOnlineServiceNeedsNoTravel() {
        DirectoryService online = new DirectoryService(UUID.randomUUID(), UUID.randomUUID(), "Phone friends", null,
                null, TODAY, null, List.of(), List.of("telephone"), "open", List.of(), null);
        Suggestion s = MatchScorer.score(seeker(80, 80, "en"), online, Set.of(LONELY), Map.of(), TODAY)
                .orElseThrow();
        assertEquals("Online or by phone: no travel", words(s, "nearness"));
        assertTrue(points(s, "nearness") > 0);
    }

    @Test
    void anAgeBandOrDateOfBirthGivesTheAgeRange() {
        assertEquals(new Seeker(List.of(), 50, 64, "en"), Seeker.of(List.of(), null, "50-64", "en", TODAY));
        assertEquals(new Seeker(List.of(), 80, null, "cy"), Seeker.of(List.of(), null, "80+", "cy", TODAY));
        assertEquals(new Seeker(List.of(), 70, 70, "en"),
                Seeker.of(List.of(), LocalDate.of(1955, 12, 5), null, null, TODAY), "71 tomorrow");
        assertEquals(new Seeker(List.of(), 71, 71, "en"),
                Seeker.of(List.of(), LocalDate.of(1955, 12, 4), null, null, TODAY), "71 today");
    }

    private static String words(Suggestion s, String factor) {
        return s.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst().orElseThrow().words();
    }

    private static int points(Suggestion s, String factor) {
        return s.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst().orElseThrow().points();
    }
}
