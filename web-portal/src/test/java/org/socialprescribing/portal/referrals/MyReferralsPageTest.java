package org.socialprescribing.portal.referrals;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** "Your referrals": a resident's own, with the state in words, the date and the timeline; only for residents. */
@QuarkusTest
@WithTestResource(StandInApis.class)
class MyReferralsPageTest {

    private static final String MINE = "[{\"id\":\"r1\",\"reference\":\"R-<b>1</b>\",\"state\":\"in_conversation\","
            + "\"received_at\":\"2026-06-02T10:00:00Z\",\"free_text\":\"Lonely\",\"days_since_received\":3},"
            + "{\"id\":\"r2\",\"reference\":\"R-2\",\"state\":\"closed\",\"closing_reason\":\"moved_away\","
            + "\"received_at\":\"2026-05-01T09:00:00Z\"}]";
    private static final String TIMELINE = "[{\"at\":\"2026-06-02T10:00:00Z\",\"kind\":\"received\","
            + "\"actor_kind\":\"resident\",\"to_state\":\"received\"},{\"at\":\"2026-06-03T13:05:00Z\",\"kind\":"
            + "\"start_conversation\",\"actor_kind\":\"link_worker\",\"from_state\":\"received\",\"to_state\":"
            + "\"in_conversation\"}]";

    @BeforeEach
    void reset() {
        StandInApis.reset();
    }

    @Test
    void aResidentSeesTheirReferralsInWordsWithTheirTimelines() {
        StandInApis.answer("GET", "/referrals", 200, MINE);
        StandInApis.answer("GET", "/referrals/r1/timeline", 200, TIMELINE);
        StandInApis.answer("GET", "/referrals/r2/timeline", 503, "{\"status\":503}");
        PortalSession.as("resident1").given().when().get("/my/referrals").then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"govuk-heading-l\">Your referrals</h1>"),
                        containsString("R-&lt;b&gt;1&lt;/b&gt;"), not(containsString("R-<b>")),
                        containsString("Talking with a link worker"), containsString("2 June 2026"),
                        containsString("Referral received"), containsString("Now: Talking with a link worker"),
                        containsString("3 June 2026 at 14:05"), containsString("Closed"),
                        containsString("You moved away from the area"),
                        containsString("We cannot show what has happened to this referral right now."),
                        not(containsString("in_conversation"))));
        var asked = StandInApis.requests("GET", "/referrals");
        assertTrue(asked.stream().allMatch(r -> r.headers().get("authorization").startsWith("Bearer ")));
    }

    @Test
    void noReferralsYetLeadsToReferringYourself() {
        StandInApis.answer("GET", "/referrals", 200, "[]");
        PortalSession.as("resident1").given().when().get("/my/referrals").then().statusCode(200)
                .body(allOf(containsString("You have not been referred yet."), containsString("href=\"/refer\"")));
    }

    @Test
    void aServiceThatCannotAnswerIsAWarningNotAnError() {
        StandInApis.answer("GET", "/referrals", 503, "{\"status\":503}");
        PortalSession.as("resident1").given().when().get("/my/referrals").then().statusCode(200)
                .body(containsString("We cannot show your referrals right now."));
    }

    @Test
    void onlyResidents() {
        PortalSession.as("coordinator1").given().when().get("/my/referrals").then().statusCode(403);
        PortalSession.as("linkworker1").given().when().get("/my/referrals").then().statusCode(403);
        RestAssured.given().redirects().follow(false).when().get("/my/referrals").then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    @Test
    void inWelsh() {
        StandInApis.answer("GET", "/referrals", 200, MINE);
        StandInApis.answer("GET", "/referrals/r1/timeline", 200, TIMELINE);
        PortalSession.as("resident1").given().header("Accept-Language", "cy").when().get("/my/referrals").then()
                .statusCode(200).body(allOf(containsString("Eich atgyfeiriadau"),
                        containsString("Yn siarad â gweithiwr cyswllt"), containsString("2 Mehefin 2026")));
    }
}
