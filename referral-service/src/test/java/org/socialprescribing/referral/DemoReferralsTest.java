package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.config.DemoDataLoader;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo referrals belong to the demo users (whose ids the local realm fixes): the resident sees their own, each
 * link worker a caseload, the coordinator the unassigned queue, and together they cover every state of the loop.
 * Loading twice adds nothing.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class DemoReferralsTest {

    @Inject
    DemoDataLoader demo;

    @Test
    void everyDemoUserHasReferralsToWorkAndEveryStateIsThere() {
        demo.load();
        demo.load();
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals").then().statusCode(200)
                .body("reference", hasItems("SP-DEMO-0001", "SP-DEMO-0002"));
        given().auth().oauth2(Tokens.of("resident1")).when().get("/referrals/f2000000-0000-4000-8000-000000000002")
                .then().statusCode(200).body("state", equalTo("with_group"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals").then().statusCode(200)
                .body("reference", hasItems("SP-DEMO-0001", "SP-DEMO-0011"));
        Set<String> states = new TreeSet<>();
        for (String worker : List.of("linkworker1", "linkworker2")) {
            for (String state : List.of("received", "triaged", "contact_attempted", "in_conversation", "matched",
                    "with_group", "closed")) {
                List<String> references = given().auth().oauth2(Tokens.of(worker)).queryParam("state", state).when()
                        .get("/referrals").then().statusCode(200).extract().jsonPath().getList("reference");
                if (references.stream().anyMatch(r -> r.startsWith("SP-DEMO-"))) {
                    states.add(state);
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("closed", "contact_attempted", "in_conversation", "matched", "received",
                "triaged", "with_group")), states);
        given().auth().oauth2(Tokens.of("linkworker1")).when()
                .get("/referrals/f2000000-0000-4000-8000-000000000005/timeline").then().statusCode(200)
                .body("kind", equalTo(List.of("received", "triage", "contact_attempt", "contact_attempt")));
    }
}
