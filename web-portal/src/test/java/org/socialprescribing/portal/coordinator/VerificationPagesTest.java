package org.socialprescribing.portal.coordinator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The coordinator's queue of joining requests, one request, and the decision on it, signed in through the real
 * Keycloak, against a stand-in directory: what each role sees, each answer of the directory as a page and status, the
 * reason's errors, escaping, and the pages in Welsh.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class VerificationPagesTest {

    static final String ID = "6f1c2e3a-8d4b-4c5e-9f70-1a2b3c4d5e6f";
    static final String OTHER = "0b7d9a1e-2f3c-4d5e-8a9b-c0d1e2f3a4b5";
    private static final String PATH = "/coordinator/join-requests";
    private static final String SCRIPT = "<script>alert(1)</script>";

    static String request(String id, String name, boolean newOrganisation, String status, String decidedBy) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"organization\":{\"id\":\"9e8d7c6b-5a4f-4e3d-"
                + "8c2b-1a0f9e8d7c6b\",\"name\":\"" + name.replace("\"", "\\\"") + "\",\"description\":\"Weekly"
                + " walks by the river\",\"email\":\"hello@riverside.example\",\"website\":null},"
                + "\"new_organization\":" + newOrganisation + ",\"requester_username\":\"applicant1\","
                + "\"message\":\"We would like to list our walks\",\"created_at\":\"2025-06-03T13:05:00Z\","
                + "\"decided_by\":" + (decidedBy == null ? "null" : "\"" + decidedBy + "\"") + ",\"decided_at\":"
                + (decidedBy == null ? "null" : "\"2025-06-04T09:00:00Z\"") + ",\"decision_reason\":null}";
    }

    static String pending(String name) {
        return request(ID, name, true, "pending", null);
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Problem\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }

    private static PortalSession coordinator() {
        return PortalSession.as("coordinator1");
    }

    @BeforeEach
    void reset() {
        StandInApis.reset();
    }

    // The queue

    @Test
    void theQueueListsWaitingRequestsWithTheDayEachWasAsked() {
        StandInApis.answer("/join_requests", 200, "[" + pending("Riverside Walkers") + ","
                + request(OTHER, "Town Choir", false, "pending", null) + "]", Map.of());
        coordinator().given().when().get(PATH).then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(containsString("<title>Organisations waiting to be checked"),
                        containsString("href=\"/coordinator/join-requests/" + ID + "\">Riverside Walkers</a>"),
                        containsString("Town Choir</a><br><span class=\"govuk-body-s\">Listed already: wants to"
                                + " edit it"),
                        containsString("applicant1"), containsString("3 June 2025"),
                        not(containsString("No organisations are waiting"))));
        List<StandInApis.Request> asked = StandInApis.requests("GET", "/join_requests");
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).path().contains("status=pending"), asked.get(0).path());
        assertTrue(asked.get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void anEmptyQueueSaysNoneAreWaiting() {
        StandInApis.answer("/join_requests", 200, "[]", Map.of());
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("No organisations are waiting."), not(containsString("id=\"requests\"")),
                        not(containsString("We cannot show the requests"))));
    }

    @Test
    void aQueueTheDirectoryCannotGiveIsAWarningOnThePage() {
        StandInApis.answer("/join_requests", 503, problem(503, "Down"), Map.of());
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("govuk-warning-text"),
                        containsString("We cannot show the requests right now. Try again in a few minutes."),
                        not(containsString("No organisations are waiting"))));
        // no usable answer at all (the directory failed) is the same warning
        StandInApis.answer("/join_requests", 500, problem(500, "Broken"), Map.of());
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(containsString("We cannot show the requests right now."));
    }

    @Test
    void theBannersAfterADecisionNameTheOrganisationEscaped() {
        StandInApis.answer("/join_requests", 200, "[]", Map.of());
        coordinator().given().queryParam("approved", "Riverside " + SCRIPT).when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("govuk-notification-banner--success"),
                        containsString("Riverside &lt;script&gt;alert(1)&lt;/script&gt; is verified and listed; the"
                                + " person who asked can now edit its listings"),
                        not(containsString(SCRIPT))));
        coordinator().given().queryParam("rejected", SCRIPT).when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("The request for &lt;script&gt;alert(1)&lt;/script&gt; is turned down;"
                        + " the person who asked can see why"), not(containsString(SCRIPT))));
        coordinator().given().when().get(PATH).then().statusCode(200)
                .body(not(containsString("govuk-notification-banner")));
    }

    // Who may see them

    @Test
    void onlyACoordinatorSeesTheQueueAndDecides() {
        StandInApis.answer("/join_requests", 200, "[" + pending("Riverside Walkers") + "]", Map.of());
        StandInApis.answer("/join_requests/" + ID, 200, pending("Riverside Walkers"), Map.of());
        for (String user : List.of("editor1", "resident1")) {
            for (String path : List.of(PATH, PATH + "/" + ID)) {
                PortalSession.as(user).given().when().get(path).then().statusCode(403)
                        .contentType(startsWith("text/html"))
                        .body(allOf(containsString("You cannot see this page"),
                                not(containsString("Riverside Walkers"))));
            }
            PortalSession.as(user).form().when().post(PATH + "/" + ID + "/approve").then().statusCode(403);
            PortalSession.as(user).form().formParam("reason", "No").when().post(PATH + "/" + ID + "/reject").then()
                    .statusCode(403);
        }
        assertEquals(List.of(), StandInApis.requests(), "nobody but a coordinator reaches the directory");
    }

    @Test
    void signedOutTheyGoToKeycloakFirst() {
        for (String path : List.of(PATH, PATH + "/" + ID)) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        }
        for (String path : List.of(PATH + "/" + ID + "/approve", PATH + "/" + ID + "/reject")) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("reason", "x").when().post(path).then().statusCode(oneOf(302, 401));
        }
        assertEquals(List.of(), StandInApis.requests());
    }

    // One request

    @Test
    void oneRequestShowsWhatTheDirectoryHoldsEscaped() {
        StandInApis.answer("/join_requests/" + ID, 200, request(ID, SCRIPT, true, "pending", null)
                .replace("We would like to list our walks", "<b>bold</b> note")
                .replace("\"applicant1\"", "\"<i>applicant</i>\""), Map.of());
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("New organisation"),
                        containsString("<h1 class=\"govuk-heading-l\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"),
                        containsString("Weekly walks by the river"), containsString("hello@riverside.example"),
                        containsString("Not given"), containsString("&lt;b&gt;bold&lt;/b&gt; note"),
                        containsString("&lt;i&gt;applicant&lt;/i&gt;, on 3 June 2025"),
                        containsString("Waiting for a coordinator"),
                        containsString("action=\"/coordinator/join-requests/" + ID + "/approve\""),
                        containsString("Verify &lt;script&gt;"), containsString("Turn down the request"),
                        not(containsString(SCRIPT)), not(containsString("<b>bold")),
                        not(containsString("govuk-error-summary"))));
    }

    @Test
    void aDecidedRequestSaysWhoDecidedAndOffersNoDecision() {
        StandInApis.answer("/join_requests/" + ID, 200, request(ID, "Riverside Walkers", false, "approved",
                "coordinator2"), Map.of());
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("Listed organisation"), containsString("Approved"),
                        containsString("by coordinator2 on 4 June 2025"), not(containsString("/approve\"")),
                        not(containsString("Turn down the request"))));
    }

    @Test
    void aRequestThatIsNotThereIsA404PageAndOneThatCannotBeReadA503Page() {
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("Request not found"), containsString("There is no such request."),
                        containsString("href=\"/coordinator/join-requests\"")));
        StandInApis.answer("/join_requests/not-an-id", 400, problem(400, "id must be a UUID."), Map.of());
        coordinator().given().when().get(PATH + "/not-an-id").then().statusCode(404)
                .body(containsString("There is no such request."));
        StandInApis.answer("/join_requests/" + ID, 503, problem(503, "Down"), Map.of());
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(503)
                .body(allOf(containsString("Request not available"),
                        containsString("We cannot show this request right now. Try again in a few minutes.")));
        StandInApis.answer("/join_requests/" + ID, 500, problem(500, "Broken"), Map.of());
        coordinator().given().when().get(PATH + "/" + ID).then().statusCode(503)
                .body(containsString("We cannot show this request right now."));
    }

    // Approving

    @Test
    void approvingGoesBackToTheQueueWhoseBannerNamesTheOrganisation() {
        StandInApis.answer("POST", "/join_requests/" + ID + "/approve", 200,
                request(ID, "Riverside & Sons", true, "approved", "coordinator1"));
        coordinator().form().when().post(PATH + "/" + ID + "/approve").then().statusCode(303)
                .header("Location", endsWith("/coordinator/join-requests?approved=Riverside+%26+Sons"));
        List<StandInApis.Request> approvals = StandInApis.requests("POST", "/join_requests/" + ID + "/approve");
        assertEquals(1, approvals.size());
        assertTrue(approvals.get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void approvingARequestDecidedAlreadyShowsItAgainSayingSo() {
        StandInApis.answer("POST", "/join_requests/" + ID + "/approve", 409,
                problem(409, "This request was rejected already, by coordinator2."));
        StandInApis.answer("GET", "/join_requests/" + ID, 200,
                request(ID, "Riverside Walkers", true, "rejected", "coordinator2"));
        coordinator().form().when().post(PATH + "/" + ID + "/approve").then().statusCode(409)
                .body(allOf(containsString("<title>Error: Riverside Walkers"), containsString("govuk-error-summary"),
                        containsString("This request was decided already, so nothing has changed."),
                        containsString("The directory says: This request was rejected already, by coordinator2."),
                        containsString("Not approved"), containsString("by coordinator2 on 4 June 2025")));
    }

    @Test
    void approvingWithoutAnAnswerChangesNothingAndSaysSo() {
        StandInApis.answer("GET", "/join_requests/" + ID, 200, pending("Riverside Walkers"));
        StandInApis.answer("POST", "/join_requests/" + ID + "/approve", 503,
                problem(503, "Keycloak could not be reached; nothing changed."));
        coordinator().form().when().post(PATH + "/" + ID + "/approve").then().statusCode(503)
                .body(allOf(containsString("govuk-error-summary"), containsString("The directory did not answer."
                        + " Nothing has changed: try again in a few minutes."),
                        containsString("Waiting for a coordinator")));
        StandInApis.answer("POST", "/join_requests/" + ID + "/approve", 500, problem(500, "Broken"));
        coordinator().form().when().post(PATH + "/" + ID + "/approve").then().statusCode(503)
                .body(containsString("The directory did not answer."));
    }

    @Test
    void approvingARequestThatIsNotThereIsThe404Page() {
        coordinator().form().when().post(PATH + "/" + ID + "/approve").then().statusCode(404)
                .body(containsString("There is no such request."));
    }

    // Turning down

    @Test
    void turningDownWithoutAReasonIsAnErrorOnTheReason() {
        StandInApis.answer("/join_requests/" + ID, 200, pending("Riverside Walkers"), Map.of());
        coordinator().form().formParam("reason", "   ").when().post(PATH + "/" + ID + "/reject").then()
                .statusCode(400)
                .body(allOf(containsString("<title>Error: Riverside Walkers"), containsString("govuk-error-summary"),
                        containsString("<a href=\"#reason\">Say why, so that the person who asked knows what to"
                                + " do</a>"),
                        containsString("<p id=\"reason-error\" class=\"govuk-error-message\">"),
                        containsString("govuk-textarea--error")));
        String tooLong = "x".repeat(2001) + "<i>kept</i>";
        coordinator().form().formParam("reason", tooLong).when().post(PATH + "/" + ID + "/reject").then()
                .statusCode(400)
                .body(allOf(containsString("<a href=\"#reason\">Say why in 2000 characters or fewer</a>"),
                        containsString("x".repeat(2001) + "&lt;i&gt;kept&lt;/i&gt;</textarea>")));
        assertEquals(List.of(), StandInApis.requests("POST", "/join_requests"), "nothing sent to the directory");
    }

    @Test
    void turningDownSendsTheReasonAndGoesBackToTheQueue() {
        StandInApis.answer("POST", "/join_requests/" + ID + "/reject", 200,
                request(ID, "Riverside Walkers", true, "rejected", "coordinator1"));
        coordinator().form().formParam("reason", "  We could not find the charity number.  ").when()
                .post(PATH + "/" + ID + "/reject").then().statusCode(303)
                .header("Location", endsWith("/coordinator/join-requests?rejected=Riverside+Walkers"));
        List<StandInApis.Request> sent = StandInApis.requests("POST", "/join_requests/" + ID + "/reject");
        assertEquals(1, sent.size());
        assertEquals("{\"reason\":\"We could not find the charity number.\"}", sent.get(0).body());
    }

    @Test
    void turningDownADecidedRequestKeepsTheReasonTyped() {
        StandInApis.answer("POST", "/join_requests/" + ID + "/reject", 409,
                problem(409, "Another coordinator decided this request meanwhile."));
        StandInApis.answer("GET", "/join_requests/" + ID, 200, pending("Riverside Walkers"));
        coordinator().form().formParam("reason", "Not <a> charity").when().post(PATH + "/" + ID + "/reject")
                .then().statusCode(409)
                .body(allOf(containsString("This request was decided already"),
                        containsString("The directory says: Another coordinator decided this request meanwhile."),
                        containsString("Not &lt;a&gt; charity</textarea>")));
    }

    @Test
    void aReasonTheDirectoryRefusesIsAnErrorOnTheReason() {
        StandInApis.answer("POST", "/join_requests/" + ID + "/reject", 422, "{\"status\":422,\"detail\":\"Invalid"
                + " fields\",\"violations\":[{\"field\":\"reason\",\"message\":\"must not be blank\"}]}");
        StandInApis.answer("GET", "/join_requests/" + ID, 200, pending("Riverside Walkers"));
        coordinator().form().formParam("reason", "Because").when().post(PATH + "/" + ID + "/reject").then()
                .statusCode(400)
                .body(allOf(containsString("<a href=\"#reason\">The directory did not take this reason: must not be"
                        + " blank</a>"), containsString("Because</textarea>")));
    }

    @Test
    void turningDownWithoutAnAnswerKeepsTheReasonAndSaysSo() {
        StandInApis.answer("POST", "/join_requests/" + ID + "/reject", 503, problem(503, "Down"));
        StandInApis.answer("GET", "/join_requests/" + ID, 200, pending("Riverside Walkers"));
        coordinator().form().formParam("reason", "Not a charity").when().post(PATH + "/" + ID + "/reject").then()
                .statusCode(503)
                .body(allOf(containsString("The directory did not answer."),
                        containsString("Not a charity</textarea>")));
        StandInApis.answer("POST", "/join_requests/" + ID + "/reject", 404, problem(404, "No such request"));
        coordinator().form().formParam("reason", "Not a charity").when().post(PATH + "/" + ID + "/reject").then()
                .statusCode(404).body(containsString("There is no such request."));
    }

    // In Welsh

    @Test
    void theQueueAndARequestInWelsh() {
        StandInApis.answer("/join_requests", 200, "[" + pending("Riverside Walkers") + "]", Map.of());
        StandInApis.answer("/join_requests/" + ID, 200, pending("Riverside Walkers"), Map.of());
        coordinator().given().header("Accept-Language", "cy").when().get(PATH).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Gofynnwyd ar"),
                        containsString("Yr hynaf yn gyntaf."), containsString("3 Mehefin 2025"),
                        containsString("Riverside Walkers"), not(containsString("Asked on"))));
        coordinator().given().queryParam("lang", "cy").when().get(PATH + "/" + ID).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Yn aros am gydlynydd"),
                        containsString("applicant1, ar 3 Mehefin 2025"), containsString("Gwrthod y cais"),
                        containsString("Weekly walks by the river"), not(containsString("Turn down"))));
        coordinator().form().header("Accept-Language", "cy").formParam("reason", "").when()
                .post(PATH + "/" + ID + "/reject").then().statusCode(400)
                .body(allOf(containsString("<title>Gwall: Riverside Walkers"),
                        containsString("Dywedwch pam, fel bod y person a ofynnodd yn gwybod beth"),
                        containsString("3 Mehefin 2025")));
        coordinator().given().header("Accept-Language", "cy").queryParam("approved", "Riverside Walkers").when()
                .get(PATH).then().statusCode(200).body(containsString("Mae Riverside Walkers wedi"));
    }
}
