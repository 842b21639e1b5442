package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.matching.Matching;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Suggestions against a stand-in directory: asked once per need near the person's postcode, ranked with their
 * reasons, kept; with the directory down the referral is still there, its matching pending, and it is matched when
 * the directory answers again.
 */
@QuarkusTest
@WithTestResource(StandInDirectory.class)
class MatchingTest {

    static final String BEFRIENDING = "78ed73fa-a472-53c5-8a76-90ec8f55f526";
    static final String WALKING = "e47947c4-b08e-5210-8900-97f9a3315f44";
    private static final String BODY = """
            {"needs": ["%s", "%s"], "consent_to_contact": true,
             "person": {"given_name": "Sam", "postcode": "DM1 1AB", "age_band": "65-79"}}""".formatted(BEFRIENDING,
            WALKING);

    @Inject
    Matching matching;

    @BeforeEach
    void directory() {
        StandInDirectory.reset();
        StandInDirectory.services(BEFRIENDING, "Befriending",
                """
                        [{"id": "a0000000-0000-4000-8000-000000000001", "organization_id": "b0000000-0000-4000-8000-000000000001",
                          "name": "Walk and Talk", "accepting_referrals": "open", "distance": 800, "assured_date": "2026-11-01",
                          "organization": {"name": "Riverside Walkers"}, "delivery_modes": ["in_person"]},
                         {"id": "a0000000-0000-4000-8000-000000000002", "organization_id": "b0000000-0000-4000-8000-000000000002",
                          "name": "Youth Friends", "accepting_referrals": "open", "minimum_age": 11, "maximum_age": 18,
                          "distance": 100}]""");
        StandInDirectory.services(WALKING, "Walking groups",
                """
                        [{"id": "a0000000-0000-4000-8000-000000000001", "organization_id": "b0000000-0000-4000-8000-000000000001",
                          "name": "Walk and Talk", "accepting_referrals": "open", "distance": 800, "assured_date": "2026-11-01"},
                         {"id": "a0000000-0000-4000-8000-000000000003", "organization_id": "b0000000-0000-4000-8000-000000000001",
                          "name": "Long Walk", "accepting_referrals": "waiting_list", "distance": 9000}]""");
    }

    private static String referral() {
        return given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON).body(BODY).when()
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void suggestionsAreRankedWithTheirReasonsAndKept() {
        String id = referral();
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/suggestions").then()
                .statusCode(200).body("matching", equalTo("done"))
                .body("suggestions.service_name", equalTo(List.of("Walk and Talk", "Long Walk")))
                .body("suggestions[0].reasons.words", hasItem("Meets 2 of 2 needs: Befriending, Walking groups"))
                .body("suggestions[0].reasons.words", hasItem("0.5 miles away"))
                .body("suggestions[0].organisation_name", equalTo("Riverside Walkers"))
                .body("suggestions[1].reasons.words", hasItem("Has a waiting list"));
        List<String> queries = StandInDirectory.queries();
        assertTrue(queries.stream().allMatch(q -> q.contains("postcode=DM1") && q.contains("proximity=")),
                queries.toString());
        int asked = queries.size();
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/suggestions").then()
                .body("suggestions.service_name", equalTo(List.of("Walk and Talk", "Long Walk")));
        assertTrue(StandInDirectory.queries().size() == asked, "kept suggestions do not ask the directory again");
    }

    @Test
    void withTheDirectoryDownTheReferralWaitsAndIsMatchedWhenItAnswers() {
        StandInDirectory.down(true);
        String id = referral();
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/suggestions").then()
                .statusCode(200).body("matching", equalTo("pending")).body("suggestions", empty());
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id).then().statusCode(200)
                .body("state", equalTo("received"));
        StandInDirectory.down(false);
        matching.retryPendingNow();
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/suggestions").then()
                .body("matching", equalTo("done")).body("suggestions[0].service_name", equalTo("Walk and Talk"));
    }

    @Test
    void matchingAgainSeesWhatTheDirectorySaysNow() {
        String id = referral();
        given().auth().oauth2(Tokens.of("linkworker1")).when().get("/referrals/" + id + "/suggestions").then()
                .body("suggestions", org.hamcrest.Matchers.hasSize(2));
        StandInDirectory.services(WALKING, "Walking groups", "[]");
        StandInDirectory.services(BEFRIENDING, "Befriending", "[]");
        given().auth().oauth2(Tokens.of("linkworker1")).when().post("/referrals/" + id + "/suggestions").then()
                .statusCode(200).body("matching", equalTo("done")).body("suggestions", empty());
    }

    @Test
    void anotherLinkWorkerMayNotSeeTheSuggestions() {
        String id = referral();
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + id + "/suggestions").then()
                .statusCode(403).contentType(containsString("problem+json"));
    }
}
