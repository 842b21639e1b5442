package org.socialprescribing.portal.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The link worker's caseload and referral pages against a stand-in referral-service, signed in for real: what they
 * show (escaped), each answer of the API as the right page, the move and note forms with their errors.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class CaseloadPagesTest {

    static final String ID = "f2000000-0000-4000-8000-000000000005";
    static final String REFERRAL = """
            {"id": "%s", "reference": "SP-DEMO-0005", "route": "link_worker", "state": "contact_attempted",
             "priority": "priority", "needs": ["x"], "free_text": "Lives <b>alone</b>", "contact_attempts": 2,
             "received_at": "2026-06-02T09:00:00Z", "days_since_received": 9, "days_since_last_contact": null,
             "person": {"given_name": "Priya", "family_name": "<i>Shah</i>", "phone": "01234 567802",
                        "contact_by": ["phone", "text"], "postcode": "DM3 2EF", "age_band": "80+",
                        "preferred_language": "cy"}, "version": 3}""".formatted(ID);
    static final String TIMELINE = """
            [{"at": "2026-06-02T09:00:00Z", "actor": "b1", "actor_kind": "link_worker", "kind": "received"},
             {"at": "2026-06-03T13:05:00Z", "actor": "b1", "actor_kind": "link_worker", "kind": "contact_attempt",
              "note": "No answer <script>x</script>"}]""";
    static final String SUGGESTIONS = """
            {"matching": "done", "suggestions": [{"service_id": "s1", "service_name": "Phone <Friends>",
             "organisation_name": "Good Neighbours", "score": 70, "reasons": [
              {"factor": "needs", "points": 40, "words": "Meets 1 of 1 needs: Befriending"},
              {"factor": "nearness", "points": 20, "words": "0.5 miles away"}]}]}""";

    @BeforeEach
    void referralService() {
        StandInApis.reset();
        StandInApis.answer("GET", "/referrals", 200, "[" + REFERRAL + "]");
        StandInApis.answer("GET", "/referrals/" + ID, 200, REFERRAL);
        StandInApis.answer("GET", "/referrals/" + ID + "/timeline", 200, TIMELINE);
        StandInApis.answer("GET", "/referrals/" + ID + "/suggestions", 200, SUGGESTIONS);
    }

    @Test
    void aLinkWorkerSeesTheirCaseloadWithTheirOwnToken() {
        PortalSession.as("linkworker1").given().when().get("/caseload").then().statusCode(200)
                .body(allOf(containsString("Your caseload"), containsString("href=\"/caseload/" + ID + "\""),
                        containsString("SP-DEMO-0005"), containsString("Priya &lt;i&gt;Shah&lt;/i&gt;"),
                        containsString("Contact attempted"), containsString("Not yet"),
                        containsString(">Priority</strong>"), not(containsString("<i>Shah"))));
        assertTrue(StandInApis.requests("GET", "/referrals").get(0).headers().get("authorization")
                .startsWith("Bearer "));
    }

    @Test
    void theCaseloadCanShowOneState() {
        PortalSession.as("linkworker1").given().queryParam("state", "triaged").when().get("/caseload").then()
                .statusCode(200).body(containsString("<option value=\"triaged\" selected>"));
        assertEquals("/referrals?state=triaged", StandInApis.requests("GET", "/referrals").get(0).path());
        PortalSession.as("linkworker1").given().queryParam("state", "<nonsense>").when().get("/caseload").then()
                .statusCode(200);
        assertEquals("/referrals", StandInApis.requests("GET", "/referrals").get(1).path(),
                "an unknown state is ignored");
    }

    @Test
    void aCoordinatorSeesTheUnassignedQueue() {
        PortalSession.as("coordinator1").given().when().get("/caseload").then().statusCode(200)
                .body(allOf(containsString("Referrals waiting for a link worker"),
                        not(containsString("id=\"state\""))));
    }

    @Test
    void theCaseloadSaysSoWhenTheServiceCannotAnswer() {
        StandInApis.answer("GET", "/referrals", 503, "{\"status\":503}");
        PortalSession.as("linkworker2").given().when().get("/caseload").then().statusCode(200)
                .body(containsString("We cannot show the referrals right now."));
    }

    @Test
    void onlyStaffWorkReferrals() {
        PortalSession.as("resident1").given().when().get("/caseload").then().statusCode(403);
        PortalSession.as("editor1").given().when().get("/caseload/" + ID).then().statusCode(403);
        given().redirects().follow(false).when().get("/caseload").then().statusCode(302);
        PortalSession.as("resident1").given().when().get("/").then().body(not(containsString("href=\"/caseload\"")));
        PortalSession.as("linkworker1").given().when().get("/").then().body(containsString("href=\"/caseload\""));
    }

    @Test
    void theReferralPageShowsThePersonTheTimelineAndTheSuggestionsEscaped() {
        PortalSession.as("linkworker1").given().when().get("/caseload/" + ID).then().statusCode(200)
                .body(allOf(containsString("Referral SP-DEMO-0005"), containsString("01234 567802"),
                        containsString("phone, text message"), containsString("80+"),
                        containsString("Lives &lt;b&gt;alone&lt;/b&gt;"), containsString("Tried to make contact"),
                        containsString("3 June 2026 at 14:05"),
                        containsString("No answer &lt;script&gt;x&lt;/script&gt;"),
                        containsString("Phone &lt;Friends&gt;"), containsString("Meets 1 of 1 needs: Befriending"),
                        containsString("(40 points)"), containsString("name=\"csrf-token\""),
                        not(containsString("<script>x"))));
    }

    @Test
    void suggestionsWaitingForTheDirectoryAreSaidInWords() {
        StandInApis.answer("GET", "/referrals/" + ID + "/suggestions", 200,
                "{\"matching\":\"pending\",\"suggestions\":[]}");
        PortalSession.as("linkworker1").given().when().get("/caseload/" + ID).then().statusCode(200)
                .body(containsString("The directory is not answering: suggestions will appear when it does."));
    }

    @Test
    void aReferralNotThereNotTheirsOrNotAnsweredIsItsOwnPage() {
        StandInApis.answer("GET", "/referrals/" + ID, 404, "{\"status\":404}");
        PortalSession.as("linkworker1").given().when().get("/caseload/" + ID).then().statusCode(404)
                .body(containsString("There is no such referral, or it is not on your caseload."));
        StandInApis.answer("GET", "/referrals/" + ID, 403, "{\"status\":403}");
        PortalSession.as("linkworker1").given().when().get("/caseload/" + ID).then().statusCode(403);
        StandInApis.answer("GET", "/referrals/" + ID, 503, "{\"status\":503}");
        PortalSession.as("linkworker1").given().when().get("/caseload/" + ID).then().statusCode(503)
                .body(containsString("We cannot show this referral right now."));
    }

    @Test
    void aMoveIsSentAndTheReferralShownAgainWithABanner() throws Exception {
        StandInApis.answer("POST", "/referrals/" + ID + "/moves", 200, REFERRAL);
        PortalSession.as("linkworker1").form().formParam("move", "start_conversation").formParam("note", "Rang back")
                .when().post("/caseload/" + ID + "/moves").then().statusCode(303)
                .header("Location", endsWith("/caseload/" + ID + "?done=moved"));
        var sent = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(StandInApis.requests("POST", "/referrals/" + ID + "/moves").get(0).body());
        assertEquals("start_conversation", sent.path("move").asText());
        assertEquals("Rang back", sent.path("note").asText());
        assertTrue(sent.path("closing_reason").isMissingNode());
        PortalSession.as("linkworker1").given().queryParam("done", "moved").when().get("/caseload/" + ID).then()
                .body(containsString("The referral is moved on"));
    }

    @Test
    void aMoveWithoutAChoiceOrACloseWithoutAReasonIsAnErrorSummary() {
        PortalSession.as("linkworker1").form().when().post("/caseload/" + ID + "/moves").then().statusCode(400)
                .body(allOf(containsString("<title>Error: Referral SP-DEMO-0005"),
                        containsString("<a href=\"#move\">Choose what happened</a>"),
                        containsString("id=\"move-error\"")));
        PortalSession.as("linkworker1").form().formParam("move", "close").formParam("note", "Kept <this>").when()
                .post("/caseload/" + ID + "/moves").then().statusCode(400)
                .body(allOf(containsString("<a href=\"#closing_reason\">Choose why the referral is closing</a>"),
                        containsString("value=\"close\" checked"), containsString("Kept &lt;this&gt;</textarea>")));
        assertTrue(StandInApis.requests("POST", "/referrals/" + ID + "/moves").isEmpty(), "nothing was sent");
    }

    @Test
    void aMoveTheServiceRefusesIsSaidWithItsReason() {
        StandInApis.answer("POST", "/referrals/" + ID + "/moves", 409,
                "{\"status\":409,\"detail\":\"A referral that is contact attempted cannot be moved by join group\"}");
        PortalSession.as("linkworker1").form().formParam("move", "join_group").when()
                .post("/caseload/" + ID + "/moves").then().statusCode(409)
                .body(allOf(containsString("That move is not possible for this referral now:"),
                        containsString("cannot be moved by join group"),
                        containsString("value=\"join_group\" checked")));
        StandInApis.answer("POST", "/referrals/" + ID + "/moves", 503, "{\"status\":503}");
        PortalSession.as("linkworker1").form().formParam("move", "triage").when().post("/caseload/" + ID + "/moves")
                .then().statusCode(503).body(containsString("We could not save that just now. Nothing has changed"));
        StandInApis.answer("POST", "/referrals/" + ID + "/moves", 404, "{\"status\":404}");
        PortalSession.as("linkworker1").form().formParam("move", "triage").when().post("/caseload/" + ID + "/moves")
                .then().statusCode(404);
    }

    @Test
    void aNoteIsSentOrItsMistakeShown() throws Exception {
        PortalSession.as("linkworker1").form().formParam("kind", "what_matters").formParam("note", " ").when()
                .post("/caseload/" + ID + "/notes").then().statusCode(400)
                .body(containsString("<a href=\"#note-note\">Write the note</a>"));
        StandInApis.answer("POST", "/referrals/" + ID + "/notes", 201, "{\"kind\":\"what_matters\",\"note\":\"x\"}");
        PortalSession.as("linkworker1").form().formParam("kind", "what_matters")
                .formParam("note", "Getting back to her allotment").when().post("/caseload/" + ID + "/notes").then()
                .statusCode(303).header("Location", endsWith("?done=noted"));
        var sent = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(StandInApis.requests("POST", "/referrals/" + ID + "/notes").get(0).body());
        assertEquals("what_matters", sent.path("kind").asText());
        StandInApis.answer("POST", "/referrals/" + ID + "/notes", 409, "{\"status\":409}");
        PortalSession.as("linkworker1").form().formParam("kind", "note").formParam("note", "Late").when()
                .post("/caseload/" + ID + "/notes").then().statusCode(409)
                .body(allOf(containsString("A closed referral takes no more notes."),
                        containsString(">Late</textarea>")));
    }

    @Test
    void theReferralPageInWelsh() {
        PortalSession.as("linkworker1").given().header("Accept-Language", "cy").when().get("/caseload/" + ID).then()
                .statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Atgyfeiriad SP-DEMO-0005"),
                        containsString("Wedi ceisio cysylltu"), containsString("3 Mehefin 2026 am 14:05"),
                        containsString("Llwyth achosion")));
    }
}
