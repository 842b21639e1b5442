package org.socialprescribing.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * "List your organisation" as question pages, signed in for real, against a stand-in directory: one question a page,
 * answers kept through errors, back links and changes, "Check your answers", and each answer of the directory to the
 * send as the right page.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class JoinPagesTest {

    private static final String SENT = "{\"id\":\"j1\",\"status\":\"pending\",\"organization\":{\"name\":\"Walkers\"},"
            + "\"created_at\":\"2026-06-02T10:00:00Z\"}";
    private static final String MINE = "[{\"id\":\"j0\",\"status\":\"rejected\",\"organization\":{\"name\":"
            + "\"<b>Old club</b>\"},\"created_at\":\"2026-06-02T10:00:00Z\",\"decision_reason\":\"<i>Not local</i>\"}]";

    @BeforeEach
    void reset() {
        // Each test starts without a draft (sessions are shared across the class): a draft goes when it is sent
        StandInApis.reset();
        StandInApis.answer("POST", "/join_requests", 201, SENT);
        for (String user : new String[]{"resident1", "resident2", "linkworker1"}) {
            var session = PortalSession.as(user);
            session.form().formParam("answer", "Walkers").when().post("/join/name");
            session.form().when().post("/join/check").then().statusCode(303);
        }
        StandInApis.reset();
        StandInApis.answer("GET", "/join_requests", 200, "[]");
    }

    @Test
    void signedOutTheJourneyStartsWithSigningIn() {
        RestAssured.given().redirects().follow(false).when().get("/join/name").then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    @Test
    void theStartPageListsEarlierRequestsEscapedAndLeadsToTheFirstQuestion() {
        StandInApis.answer("GET", "/join_requests", 200, MINE);
        PortalSession.as("resident1").given().when().get("/join").then().statusCode(200)
                .body(allOf(containsString("List your organisation"), containsString("href=\"/join/name\""),
                        containsString("Start now"), containsString("&lt;b&gt;Old club&lt;/b&gt;"),
                        containsString("Not approved"), containsString("Asked on 2 June 2026"),
                        containsString("Reason: &lt;i&gt;Not local&lt;/i&gt;"), not(containsString("<b>Old"))));
    }

    @Test
    void theStartPageSaysSoWhenEarlierRequestsCannotBeShown() {
        StandInApis.answer("GET", "/join_requests", 503, "{\"status\":503}");
        PortalSession.as("resident1").given().when().get("/join").then().statusCode(200)
                .body(containsString("We cannot show your earlier requests right now."));
    }

    @Test
    void eachQuestionIsItsOwnPageWithTheRightBackLink() {
        var rosa = PortalSession.as("resident1");
        rosa.given().when().get("/join/name").then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"govuk-label-wrapper\">"),
                        containsString("What is your organisation called?"),
                        containsString("class=\"govuk-back-link\">Back</a>"), containsString("href=\"/join\""),
                        containsString("name=\"csrf-token\"")));
        rosa.given().when().get("/join/email").then().statusCode(200)
                .body(allOf(containsString("What is your organisation&#39;s email address? (optional)"),
                        containsString("href=\"/join/description\" class=\"govuk-back-link\"")));
        rosa.given().when().get("/join/nothing-like-this").then().statusCode(404);
    }

    @Test
    void aMissingAnswerIsAnErrorSummaryAndNothingIsKept() {
        var rosa = PortalSession.as("resident1");
        rosa.form().formParam("answer", "   ").when().post("/join/name").then().statusCode(400)
                .body(allOf(containsString("<title>Error: What is your organisation called?"),
                        containsString("govuk-error-summary"),
                        containsString("<a href=\"#name\">Enter your organisation&#39;s name</a>"),
                        containsString("id=\"name-error\""), containsString("aria-describedby=\"name-error\"")));
        rosa.given().when().get("/join/check").then().statusCode(303).header("Location", endsWith("/join/name"));
    }

    @Test
    void aMalformedAnswerComesBackAsTypedWithItsError() {
        var rosa = PortalSession.as("resident1");
        rosa.form().formParam("answer", "walkers at example\"><script>").when().post("/join/email").then()
                .statusCode(400)
                .body(allOf(containsString("Enter an email address in the correct format"),
                        containsString("value=\"walkers at example&quot;&gt;&lt;script&gt;\""),
                        not(containsString("<script>\""))));
    }

    @Test
    void answersLeadOnToCheckYourAnswersWhereEachCanBeChanged() {
        var rosa = PortalSession.as("resident1");
        rosa.form().formParam("answer", "Walkers <of> Riverside").when().post("/join/name").then().statusCode(303)
                .header("Location", endsWith("/join/description"));
        rosa.form().formParam("answer", "Walks\nevery Tuesday").when().post("/join/description").then()
                .statusCode(303).header("Location", endsWith("/join/email"));
        rosa.form().formParam("answer", "").when().post("/join/email").then().statusCode(303)
                .header("Location", endsWith("/join/website"));
        rosa.form().formParam("answer", "https://walkers.example.org").when().post("/join/website").then()
                .statusCode(303).header("Location", endsWith("/join/message"));
        rosa.form().formParam("answer", "I lead the walks").when().post("/join/message").then().statusCode(303)
                .header("Location", endsWith("/join/check"));

        rosa.given().when().get("/join/check").then().statusCode(200)
                .body(allOf(containsString("Check your answers before sending your request"),
                        containsString("Walkers &lt;of&gt; Riverside"), containsString("Walks\nevery Tuesday"),
                        containsString("Not given"), containsString("href=\"/join/email?change=true\""),
                        containsString("Change<span class=\"govuk-visually-hidden\"> Email address</span>"),
                        containsString("href=\"/join/message\" class=\"govuk-back-link\"")));

        // Changing an answer: its page shows the answer so far, goes back to the check page, and so does its back link
        rosa.given().queryParam("change", "true").when().get("/join/name").then().statusCode(200)
                .body(allOf(containsString("value=\"Walkers &lt;of&gt; Riverside\""),
                        containsString("name=\"change\" value=\"true\""),
                        containsString("href=\"/join/check\" class=\"govuk-back-link\"")));
        rosa.form().formParam("change", "true").formParam("answer", "Riverside Walkers").when().post("/join/name")
                .then().statusCode(303).header("Location", endsWith("/join/check"));
        rosa.given().when().get("/join/check").then().body(containsString("Riverside Walkers"));
        // The start page now offers to continue
        rosa.given().when().get("/join").then().body(allOf(containsString("Continue your request"),
                containsString("href=\"/join/check\"")));
    }

    @Test
    void sendingPostsTheAnswersWithTheTokenAndForgetsTheDraft() throws Exception {
        var rosa = PortalSession.as("resident1");
        answerAll(rosa);
        StandInApis.answer("POST", "/join_requests", 201, SENT);
        rosa.form().when().post("/join/check").then().statusCode(303).header("Location",
                endsWith("/join?sent=Walkers"));
        var sent = StandInApis.requests("POST", "/join_requests");
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).headers().get("authorization").startsWith("Bearer "), "the person's own token");
        JsonNode body = new ObjectMapper().readTree(sent.get(0).body());
        assertEquals("Walkers", body.path("organization").path("name").asText());
        assertEquals("https://walkers.example.org", body.path("organization").path("website").asText());
        assertTrue(body.path("organization").path("email").isMissingNode(), "an unanswered question is not sent");
        assertEquals("I lead the walks", body.path("message").asText());
        rosa.given().when().get("/join?sent=Walkers").then().statusCode(200)
                .body(allOf(containsString("Your request to list Walkers is sent"), containsString("Start now")));
        rosa.given().when().get("/join/check").then().statusCode(303).header("Location", endsWith("/join/name"));
    }

    @Test
    void aFieldTheDirectoryRefusesLinksToItsQuestionAndTheAnswersStay() {
        var rosa = PortalSession.as("resident1");
        answerAll(rosa);
        StandInApis.answer("POST", "/join_requests", 422, "{\"status\":422,\"title\":\"Unprocessable\","
                + "\"violations\":[{\"field\":\"organization.website\",\"message\":\"must be http(s)\"}]}");
        rosa.form().when().post("/join/check").then().statusCode(400)
                .body(allOf(containsString("<title>Error: Check your answers"), containsString("govuk-error-summary"),
                        containsString("href=\"/join/website?change=true\">Enter a web address starting with https://"),
                        containsString("Walkers")));
        rosa.given().when().get("/join/check").then().statusCode(200).body(containsString("Walkers"));
    }

    @Test
    void anOrganisationListedAlreadyIsAConflictInWords() {
        var rosa = PortalSession.as("resident1");
        answerAll(rosa);
        StandInApis.answer("POST", "/join_requests", 409, "{\"status\":409,\"detail\":\"Walkers is listed already: "
                + "ask to edit it instead\"}");
        rosa.form().when().post("/join/check").then().statusCode(409)
                .body(allOf(containsString("Walkers is listed already: ask to edit it instead"),
                        containsString("govuk-error-summary")));
    }

    @Test
    void aDirectoryThatCannotAnswerLosesNothing() {
        var rosa = PortalSession.as("resident1");
        answerAll(rosa);
        StandInApis.answer("POST", "/join_requests", 503, "{\"status\":503}");
        rosa.form().when().post("/join/check").then().statusCode(503)
                .body(allOf(containsString("Nothing has been sent: try again in a few minutes."),
                        containsString("Walkers")));
        StandInApis.answer("POST", "/join_requests", 500, "{\"status\":500}");
        rosa.form().when().post("/join/check").then().statusCode(503);
        rosa.given().when().get("/join/check").then().statusCode(200).body(containsString("Walkers"));
    }

    @Test
    void tooManyRequestsIsTheWaitPage() {
        var rosa = PortalSession.as("resident1");
        answerAll(rosa);
        StandInApis.answer("/join_requests", 429, "{\"status\":429}", Map.of("Retry-After", "3600"));
        rosa.form().when().post("/join/check").then().statusCode(429).header("Retry-After", "3600");
    }

    @Test
    void onePersonsDraftIsNotAnothers() {
        PortalSession.as("resident1").form().formParam("answer", "Rosa's club").when().post("/join/name");
        PortalSession.as("resident2").given().when().get("/join/name").then().statusCode(200)
                .body(not(containsString("Rosa&#39;s club")));
        PortalSession.as("resident2").given().when().get("/join/check").then().statusCode(303);
    }

    @Test
    void aPostWithoutTheTokenKeepsNothing() {
        PortalSession.as("linkworker1").given().contentType("application/x-www-form-urlencoded")
                .formParam("answer", "Forged").when().post("/join/name").then().statusCode(400)
                .body(containsString("This form could not be sent"));
        PortalSession.as("linkworker1").given().when().get("/join/name").then()
                .body(not(containsString("value=\"Forged\"")));
    }

    @Test
    void theJourneyInWelsh() {
        var rosa = PortalSession.as("resident1");
        rosa.given().header("Accept-Language", "cy").when().get("/join/name").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Beth yw enw eich sefydliad?"),
                        containsString(">Yn ôl</a>"), containsString(">Parhau</button>")));
        rosa.form().header("Accept-Language", "cy").formParam("answer", "").when().post("/join/name").then()
                .statusCode(400).body(allOf(containsString("<title>Gwall: Beth yw enw eich sefydliad?"),
                        containsString("Rhowch enw eich sefydliad"), containsString("Mae problem wedi codi")));
        StandInApis.answer("GET", "/join_requests", 200, MINE);
        rosa.given().header("Accept-Language", "cy").when().get("/join").then()
                .body(allOf(containsString("Gofynnwyd ar 2 Mehefin 2026"), containsString("Heb ei gymeradwyo")));
    }

    @Test
    void onlyPeopleWithARoleMayAsk() {
        RestAssured.given().redirects().follow(false).when().get("/join").then().statusCode(302);
        // every demo role may ask; a page answered to a signed-in person is never the framework's
        PortalSession.as("editor1").given().when().get("/join").then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    private static void answerAll(PortalSession session) {
        session.form().formParam("answer", "Walkers").when().post("/join/name").then().statusCode(303);
        session.form().formParam("answer", "https://walkers.example.org").when().post("/join/website").then()
                .statusCode(303);
        session.form().formParam("answer", "I lead the walks").when().post("/join/message").then().statusCode(303);
    }
}
