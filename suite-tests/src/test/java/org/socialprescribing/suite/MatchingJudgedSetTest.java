package org.socialprescribing.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.restassured.http.ContentType;

/**
 * Matching judged against what a link worker would pick, on the whole suite with the demo directory. Each case is a
 * person (needs as the link worker records them, postcode, age band) and the kinds of service a link worker would
 * offer them, written from the situation, not from the scorer: a lonely widow of 78 is offered befriending and
 * friendship groups, not a parents and toddlers group that happens to be social. precision@3 is the share of the top
 * three suggestions a link worker would offer; success@3 the share of cases with at least one. Both are printed
 * (bench/README.md keeps the figures) and must not fall below a floor.
 */
class MatchingJudgedSetTest {

    private final RunningSuite suite = RunningSuite.get();

    static final String WALKING = "e47947c4-b08e-5210-8900-97f9a3315f44";
    static final String EXERCISE = "bfc55b92-f59e-5fee-8e6e-31182e18923d";
    static final String BEFRIENDING = "78ed73fa-a472-53c5-8a76-90ec8f55f526";
    static final String GROUPS = "abd4787b-2ca1-5a03-8ef6-0bc6c6e790fc";
    static final String MONEY = "ecd7b5d5-d9f6-52aa-8a5b-97d8ead7d0c9";
    static final String DEBT = "58a23e70-7269-51df-a73f-f63bf249f8e1";
    static final String BENEFITS = "c1622ce1-b601-5a2c-80d4-93fbf29b58a7";
    static final String MENTAL = "c1f6e78e-086e-5012-b905-22294a642986";
    static final String PEER = "b7370a09-6b47-575b-9c26-f61e1454b246";
    static final String CREATIVE = "6387301b-89bd-504f-aa01-f18fa99ce9a8";
    static final String NATURE = "0365b24d-8916-5762-8dfd-04c747cd9bf5";
    static final String CARERS = "e763d359-631c-5585-9e20-e8c8f7e3918c";
    static final String FOOD = "245f6028-1eaf-562c-a53a-e4d021675fbc";

    /**
     * A person (their age as an age band, or a date of birth where no band fits, as for a child), and the words in
     * the names of the services a link worker would offer them.
     */
    record Case(String who, List<String> needs, String postcode, String age, Set<String> wouldOffer) {
    }

    static final List<Case> CASES = List.of(
            new Case("lonely widow, 78", List.of(BEFRIENDING), "DM1 1AB", "65-79",
                    Set.of("phone friends", "good neighbours", "befriending", "friendship")),
            new Case("lonely man, 45, new to the area", List.of(GROUPS), "DM2 2LN", "35-49",
                    Set.of("coffee morning", "games", "knit", "veterans", "shed", "supper", "lunch", "friendship",
                            "garden", "choir", "conversation", "walking football", "writing", "wellbeing cafe")),
            new Case("rent arrears, 35", List.of(DEBT), "DM3 2EF", "35-49",
                    Set.of("money advice", "debt advice", "cost of living", "energy bills")),
            new Case("pension and benefits, 67", List.of(BENEFITS), "DM4 2BD", "65-79",
                    Set.of("benefits", "pension credit", "cost of living", "energy bills")),
            new Case("money worries, 19", List.of(MONEY), "DM5 1HJ", "16-24",
                    Set.of("money skills", "money advice", "debt", "cost of living", "benefits")),
            new Case("low mood, 30", List.of(MENTAL), "DM6 1AB", "25-34",
                    Set.of("low mood", "anxiety", "listening line", "stress", "mindfulness", "wellbeing cafe",
                            "art for wellbeing", "yoga", "shed")),
            new Case("anxiety, 25, wants to meet others like them", List.of(MENTAL, PEER), "DM1 3EF", "25-34",
                    Set.of("anxiety", "low mood")),
            new Case("carer of a father with dementia, 55", List.of(CARERS), "DM2 2LN", "50-64",
                    Set.of("carers cafe", "carers assessment", "carers breaks", "carers peer", "dementia-friendly")),
            new Case("young carer, 13", List.of(CARERS), "DM7 3AB", "2013-05-01", Set.of("young carers")),
            new Case("wants to be more active, 72", List.of(EXERCISE), "DM8 2HJ", "65-79",
                    Set.of("strength and balance", "chair-based", "seated exercise", "gentle yoga",
                            "walking football", "singing for breathing")),
            new Case("wants to walk, 40", List.of(WALKING), "DM9 2EF", "35-49",
                    Set.of("health walk", "evening stroll", "photography walk", "nordic", "park run")),
            new Case("new mum, 28", List.of(WALKING, GROUPS), "DM1 2AB", "25-34",
                    Set.of("buggy", "parents and toddlers", "new mums")),
            new Case("retired, likes the outdoors, 60", List.of(NATURE), "DM3 2EF", "50-64",
                    Set.of("garden", "green gym")),
            new Case("used to paint, 50", List.of(CREATIVE), "DM4 2BD", "50-64",
                    Set.of("art", "choir", "pottery", "writing", "knit", "singing", "photography")),
            new Case("not enough food, 40", List.of(FOOD), "DM5 1HJ", "35-49",
                    Set.of("pantry", "cooking on a budget", "community lunch", "cook and eat", "supper club")),
            new Case("lives alone, would like company at lunch, 80", List.of(FOOD, GROUPS), "DM6 1AB", "80+",
                    Set.of("lunch club", "community lunch", "supper club", "coffee morning", "friendship")),
            new Case("bereaved, 66", List.of(PEER, BEFRIENDING), "DM2 2LN", "65-79",
                    Set.of("bereavement", "phone friends", "good neighbours", "befriending", "friendship")),
            new Case("stress at work, 38", List.of(MENTAL), "DM7 3AB", "35-49",
                    Set.of("stress management", "mindfulness", "listening line", "yoga", "wellbeing cafe",
                            "low mood", "anxiety")),
            new Case("chronic pain, 58", List.of(PEER, EXERCISE), "DM8 2HJ", "50-64",
                    Set.of("chronic pain", "gentle yoga", "strength and balance", "chair-based", "seated exercise")),
            new Case("veteran, lonely, 62", List.of(GROUPS), "DM9 2EF", "50-64",
                    Set.of("veterans", "shed", "coffee morning", "games", "walking football", "garden")));

    @Test
    void theTopThreeSuggestionsAreWhatALinkWorkerWouldOffer() {
        String referrals = suite.url(suite.ports().referral());
        String token = Tokens.of(suite.issuer(), "linkworker2");
        int offered = 0;
        int successes = 0;
        StringBuilder report = new StringBuilder();
        for (Case c : CASES) {
            String body = """
                    {"needs": %s, "consent_to_contact": true,
                     "person": {"given_name": "Judged", "postcode": "%s"%s}}""".formatted(json(c.needs()),
                    c.postcode(), c.age().contains("-") && c.age().length() == 10
                            ? ", \"date_of_birth\": \"" + c.age() + "\""
                            : ", \"age_band\": \"" + c.age() + "\"");
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                    .post(referrals + "/referrals").then().statusCode(201).extract().path("id");
            List<String> top = given().auth().oauth2(token).when().get(referrals + "/referrals/" + id + "/suggestions")
                    .then().statusCode(200).extract().jsonPath().getList("suggestions.service_name", String.class);
            List<String> three = top.subList(0, Math.min(3, top.size()));
            long good = three.stream().filter(name -> c.wouldOffer().stream()
                    .anyMatch(word -> name.toLowerCase(Locale.UK).contains(word))).count();
            offered += (int) good;
            successes += good > 0 ? 1 : 0;
            report.append(String.format(Locale.UK, "%n  %d/3  %-50s %s", good, c.who(), three));
        }
        double precision = offered / (3.0 * CASES.size());
        double success = successes / (double) CASES.size();
        System.out.printf(Locale.UK, "Matching judged set (%d cases): precision@3 %.2f, success@3 %.2f%s%n",
                CASES.size(), precision, success, report);
        // The floor is the figures first measured with these cases (0.67 and 0.90) less a margin; what misses is in
        // bench/README.md (peer support is one need for very different groups until the directory's needs are finer)
        assertTrue(precision >= 0.6 && success >= 0.85,
                String.format(Locale.UK, "precision@3 %.2f, success@3 %.2f:%s", precision, success, report));
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
