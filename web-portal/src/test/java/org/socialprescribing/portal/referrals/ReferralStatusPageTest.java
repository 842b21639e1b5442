package org.socialprescribing.portal.referrals;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.StandInApis;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The guest status page: reference and secret posted, the state and timeline shown, a wrong pair a GOV.UK error. */
@QuarkusTest
@WithTestResource(StandInApis.class)
class ReferralStatusPageTest {

    private static final String STATUS = "{\"reference\":\"R-7K3Q\",\"state\":\"matched\",\"received_at\":"
            + "\"2026-06-02T10:00:00Z\",\"closing_reason\":null,\"timeline\":[{\"kind\":\"received\",\"at\":"
            + "\"2026-06-02T10:00:00Z\"},{\"kind\":\"<script>x</script>\",\"at\":\"2026-06-04T10:00:00Z\"}]}";

    @BeforeEach
    void reset() {
        StandInApis.reset();
    }

    @Test
    void theFormAsksForBothAndPostsThem() throws Exception {
        var guest = Guest.arrives();
        guest.given().when().get("/referral-status").then().statusCode(200)
                .body(allOf(containsString("See what has happened to your referral"),
                        containsString("action=\"/referral-status\" method=\"post\""),
                        containsString("name=\"csrf-token\"")));
        StandInApis.answer("POST", "/referrals/status", 200, STATUS);
        guest.form().formParam("reference", " R-7K3Q ").formParam("secret", "s3cret").when().post("/referral-status")
                .then().statusCode(200)
                .body(allOf(containsString("Referral R-7K3Q"), containsString("Matched with a group"),
                        containsString("2 June 2026"), containsString("Referral received"),
                        containsString("Your referral was updated"), not(containsString("<script>x"))));
        var asked = StandInApis.requests("POST", "/referrals/status");
        assertEquals(1, asked.size());
        assertEquals("/referrals/status", asked.get(0).path(), "the pair is never in a URL");
        assertFalse(asked.get(0).headers().containsKey("authorization"));
        var body = new ObjectMapper().readTree(asked.get(0).body());
        assertEquals("R-7K3Q", body.path("reference").asText());
        assertEquals("s3cret", body.path("secret").asText());
    }

    @Test
    void aWrongPairIsAnErrorOnTheFormNotANotFoundPage() {
        var guest = Guest.arrives();
        StandInApis.answer("POST", "/referrals/status", 404, "{\"status\":404}");
        guest.form().formParam("reference", "R-<i>X</i>").formParam("secret", "wrong-secret").when()
                .post("/referral-status").then().statusCode(400)
                .body(allOf(containsString("<title>Error: "), containsString("govuk-error-summary"),
                        containsString("<a href=\"#reference\">The reference and secret code do not match"),
                        containsString("value=\"R-&lt;i&gt;X&lt;/i&gt;\""), not(containsString("wrong-secret"))));
    }

    @Test
    void bothAreNeeded() {
        var guest = Guest.arrives();
        guest.form().formParam("reference", "").formParam("secret", "").when().post("/referral-status").then()
                .statusCode(400).body(allOf(containsString("<a href=\"#reference\">Enter your reference</a>"),
                        containsString("<a href=\"#secret\">Enter your secret code</a>")));
        assertEquals(0, StandInApis.requests("POST", "/referrals/status").size());
    }

    @Test
    void tooManyTriesIsTheWaitPageAndNoAnswerAWarning() {
        var guest = Guest.arrives();
        StandInApis.answer("/referrals/status", 429, "{\"status\":429}", Map.of("Retry-After", "30"));
        guest.form().formParam("reference", "R-1").formParam("secret", "s").when().post("/referral-status").then()
                .statusCode(429).header("Retry-After", "30");
        StandInApis.answer("/referrals/status", 503, "{\"status\":503}", Map.of());
        guest.form().formParam("reference", "R-1").formParam("secret", "s").when().post("/referral-status").then()
                .statusCode(503).body(containsString("We cannot show your referral right now."));
    }

    @Test
    void inWelsh() {
        var guest = Guest.arrives();
        StandInApis.answer("POST", "/referrals/status", 404, "{\"status\":404}");
        guest.form().header("Accept-Language", "cy").formParam("reference", "R-1").formParam("secret", "s").when()
                .post("/referral-status").then().statusCode(400)
                .body(allOf(containsString("<title>Gwall: "), containsString("Nid yw&#39;r cyfeirnod")));
    }
}
