package org.socialprescribing.portal.referrals;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Self-referral as question pages, for a guest (draft under a cookie, sent without a token, with the honeypot and an
 * Idempotency-Key) and for a signed-in resident (sent with their token), against a stand-in referral-service.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class ReferralJourneyTest {

    private static final String GUEST_SENT = "{\"reference\":\"R-7K3Q\",\"secret\":\"s3cr3t-<b>\",\"state\":\"received\"}";
    private static final String SENT = "{\"id\":\"r1\",\"reference\":\"R-9M2P\",\"state\":\"received\"}";
    private static final Map<String, String> ANSWERS = new java.util.LinkedHashMap<>();

    static {
        ANSWERS.put("free_text", "Feeling <b>lonely</b> since moving");
        ANSWERS.put("given_name", "Rosa");
        ANSWERS.put("family_name", "Parks");
        ANSWERS.put("email", "rosa@example.org");
        ANSWERS.put("phone", "07700 900 982");
        ANSWERS.put("contact_by", "phone");
        ANSWERS.put("best_time_to_call", "Mornings");
        ANSWERS.put("postcode", "cf10 1aa");
        ANSWERS.put("age_band", "65-79");
        ANSWERS.put("preferred_language", "Welsh");
        ANSWERS.put("access_needs", "");
        ANSWERS.put("consent_to_contact", "yes");
    }

    @BeforeEach
    void reset() {
        // resident1's draft from an earlier test goes by sending it
        StandInApis.reset();
        StandInApis.answer("POST", "/referrals", 201, SENT);
        var rosa = PortalSession.as("resident1");
        answerAll((q, a) -> rosa.form().formParam("answer", a).when().post("/refer/" + q));
        rosa.form().when().post("/refer/check").then().statusCode(200);
        StandInApis.reset();
    }

    @Test
    void aGuestIsGivenAnHttpOnlyLaxDraftCookieOnTheStartPage() {
        Response start = RestAssured.given().redirects().follow(false).when().get("/refer");
        start.then().statusCode(200).body(allOf(containsString("Refer yourself to social prescribing"),
                containsString("href=\"/refer/free_text\""), containsString("Start now")));
        String setCookie = start.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Guest.DRAFT_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertTrue(setCookie.contains("Path=/refer"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain http in test: " + setCookie);
    }

    @Test
    void aGuestRefersThemselvesAndIsShownTheReferenceAndTheSecret() throws Exception {
        var guest = Guest.arrives();
        guest.given().queryParam("service", "svc-42").when().get("/refer").then().statusCode(200)
                .body(containsString("which service you chose"));
        answerAll(guest::answer);
        guest.given().when().get("/refer/check").then().statusCode(200)
                .body(allOf(containsString("Check your answers before sending your referral"),
                        containsString("Feeling &lt;b&gt;lonely&lt;/b&gt; since moving"), containsString("Phone call"),
                        containsString("65-79"), not(containsString("<b>lonely")),
                        containsString("I agree that a social prescribing link worker may contact me"),
                        containsString("href=\"/refer/postcode?change=true\""),
                        containsString("tabindex=\"-1\" autocomplete=\"off\""), containsString("Leave this empty")));

        StandInApis.answer("POST", "/referrals/guest", 201, GUEST_SENT);
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(200)
                .body(allOf(containsString("Referral sent"), containsString("R-7K3Q"),
                        containsString("s3cr3t-&lt;b&gt;"), containsString("you need both"),
                        containsString("href=\"/referral-status\"")));

        var sent = StandInApis.requests("POST", "/referrals/guest");
        assertEquals(1, sent.size());
        assertFalse(sent.get(0).headers().containsKey("authorization"), "a guest's referral goes without a token");
        assertNotNull(sent.get(0).headers().get("idempotency-key"));
        JsonNode body = new ObjectMapper().readTree(sent.get(0).body());
        assertTrue(body.path("consent_to_contact").asBoolean());
        assertEquals("Feeling <b>lonely</b> since moving", body.path("free_text").asText());
        assertEquals("svc-42", body.path("chosen_service_id").asText());
        assertEquals("", body.path("website").asText(), "the honeypot is sent, as typed");
        assertTrue(body.path("needs").isArray());
        JsonNode person = body.path("person");
        assertEquals("Rosa", person.path("given_name").asText());
        assertEquals("Parks", person.path("family_name").asText());
        assertEquals("rosa@example.org", person.path("email").asText());
        assertEquals("07700 900 982", person.path("phone").asText());
        assertEquals("[\"phone\"]", person.path("contact_by").toString());
        assertEquals("CF10 1AA", person.path("postcode").asText());
        assertEquals("65-79", person.path("age_band").asText());
        assertEquals("Welsh", person.path("preferred_language").asText());
        assertTrue(person.path("access_needs").isMissingNode(), "an unanswered question is not sent");
        // The draft went with the send
        guest.given().when().get("/refer/check").then().statusCode(303).header("Location",
                endsWith("/refer/free_text"));
    }

    @Test
    void aResendOfAReferralAlreadyMadeSaysTheSecretWasShownOnce() {
        var guest = Guest.arrives();
        answerAll(guest::answer);
        // What referral-service replays for an Idempotency-Key already answered: the receipt without its secret
        StandInApis.answer("POST", "/referrals/guest", 201, "{\"reference\":\"R-7K3Q\",\"state\":\"received\"}");
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(200)
                .body(allOf(containsString("R-7K3Q"), containsString("Its secret code was shown once"),
                        not(containsString("you need both")), not(containsString("id=\"secret\"")),
                        not(containsString("href=\"/referral-status\""))));
    }

    @Test
    void theHoneypotIsSentAsTyped() throws Exception {
        var guest = Guest.arrives();
        answerAll(guest::answer);
        StandInApis.answer("POST", "/referrals/guest", 201, GUEST_SENT);
        guest.form().formParam("website", "http://spam.example").when().post("/refer/check").then().statusCode(200);
        JsonNode body = new ObjectMapper().readTree(StandInApis.requests("POST", "/referrals/guest").get(0).body());
        assertEquals("http://spam.example", body.path("website").asText());
    }

    @Test
    void aResidentRefersThemselvesWithTheirOwnToken() throws Exception {
        var rosa = PortalSession.as("resident1");
        answerAll((q, a) -> rosa.form().formParam("answer", a).when().post("/refer/" + q));
        StandInApis.answer("POST", "/referrals", 201, SENT);
        rosa.form().formParam("website", "ignored").when().post("/refer/check").then().statusCode(200)
                .body(allOf(containsString("R-9M2P"), not(containsString("secret code")),
                        containsString("href=\"/my/referrals\"")));
        var sent = StandInApis.requests("POST", "/referrals");
        assertEquals(1, sent.size());
        assertEquals("/referrals", sent.get(0).path());
        assertTrue(sent.get(0).headers().get("authorization").startsWith("Bearer "), "the resident's own token");
        JsonNode body = new ObjectMapper().readTree(sent.get(0).body());
        assertTrue(body.path("website").isMissingNode(), "the honeypot is for guests");
        assertEquals("Rosa", body.path("person").path("given_name").asText());
    }

    @Test
    void everyBadAnswerIsAnErrorSummaryWithTheAnswerKept() {
        var guest = Guest.arrives();
        Map<String, List<String>> bad = new java.util.LinkedHashMap<>();
        bad.put("free_text", List.of("  ", "Tell us what would help you"));
        bad.put("given_name", List.of("", "Enter your first name"));
        bad.put("family_name", List.of("x".repeat(101), "Last name must be 100 characters or fewer"));
        bad.put("email", List.of("rosa at example\"><script>", "Enter an email address in the correct format"));
        bad.put("phone", List.of("12345", "Enter a phone number"));
        bad.put("contact_by", List.of("pigeon", "Select one of the ways to contact you"));
        bad.put("postcode", List.of("ZZZZ 99", "Enter a real postcode"));
        bad.put("age_band", List.of("", "Select your age"));
        bad.put("consent_to_contact", List.of("", "Tick the box to agree that a link worker may contact you"));
        bad.forEach((question, answerAndError) -> {
            Response refused = guest.answer(question, answerAndError.get(0));
            refused.then().statusCode(400).body(allOf(containsString("<title>Error: "),
                    containsString("govuk-error-summary"), containsString("<a href=\"#" + question + "\">"),
                    containsString(answerAndError.get(1)), containsString("id=\"" + question + "-error\"")));
            String body = refused.asString();
            assertFalse(body.contains("<script>\""), "escaped: " + question);
        });
        guest.answer("email", "rosa at example\"><script>").then()
                .body(containsString("value=\"rosa at example&quot;&gt;&lt;script&gt;\""));
        guest.answer("family_name", "x".repeat(101)).then().body(containsString("value=\"" + "x".repeat(101)));
        guest.given().when().get("/refer/check").then().statusCode(303).header("Location",
                endsWith("/refer/free_text"));
    }

    @Test
    void radiosAndTheConsentCheckboxKeepTheirAnswer() {
        var guest = Guest.arrives();
        guest.answer("age_band", "80+").then().statusCode(303).header("Location",
                endsWith("/refer/preferred_language"));
        guest.given().when().get("/refer/age_band").then().statusCode(200)
                .body(allOf(containsString("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\">"),
                        containsString("value=\"80+\" checked"), containsString("80 or over"),
                        containsString("type=\"radio\"")));
        guest.answer("consent_to_contact", "yes").then().statusCode(303).header("Location",
                endsWith("/refer/check"));
        guest.given().when().get("/refer/consent_to_contact").then()
                .body(allOf(containsString("type=\"checkbox\" value=\"yes\" checked"),
                        containsString("href=\"/refer/access_needs\" class=\"govuk-back-link\"")));
    }

    @Test
    void backAndChangeLinks() {
        var guest = Guest.arrives();
        guest.given().when().get("/refer/free_text").then().statusCode(200)
                .body(containsString("href=\"/refer\" class=\"govuk-back-link\""));
        guest.given().when().get("/refer/given_name").then()
                .body(containsString("href=\"/refer/free_text\" class=\"govuk-back-link\""));
        answerAll(guest::answer);
        guest.given().queryParam("change", "true").when().get("/refer/postcode").then().statusCode(200)
                .body(allOf(containsString("value=\"cf10 1aa\""), containsString("name=\"change\" value=\"true\""),
                        containsString("href=\"/refer/check\" class=\"govuk-back-link\"")));
        guest.form().formParam("change", "true").formParam("answer", "SW1A 2AA").when().post("/refer/postcode")
                .then().statusCode(303).header("Location", endsWith("/refer/check"));
        guest.given().when().get("/refer/check").then().body(containsString("SW1A 2AA"));
        guest.given().when().get("/refer").then().body(allOf(containsString("Continue your referral"),
                containsString("href=\"/refer/check\"")));
        guest.given().when().get("/refer/nothing-like-this").then().statusCode(404);
    }

    @Test
    void withoutAnEmailOrAPhoneTheCheckPageSaysSoAndNothingIsSent() {
        var guest = Guest.arrives();
        answerAll(guest::answer);
        guest.answer("email", "");
        guest.answer("phone", "");
        guest.given().when().get("/refer/check").then().statusCode(400)
                .body(allOf(containsString("govuk-error-summary"), containsString(
                        "href=\"/refer/email?change=true\">Give an email address or a phone number")));
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(400);
        assertTrue(StandInApis.requests("POST", "/referrals").isEmpty());
        guest.answer("email", "rosa@example.org");
        guest.given().when().get("/refer/check").then().statusCode(400)
                .body(containsString("href=\"/refer/phone?change=true\">You asked us to phone or text you"));
    }

    @Test
    void aFieldTheServiceRefusesLinksToItsQuestionAndTheAnswersStay() {
        var guest = Guest.arrives();
        answerAll(guest::answer);
        StandInApis.answer("POST", "/referrals/guest", 422, "{\"status\":422,\"violations\":["
                + "{\"field\":\"person.postcode\",\"message\":\"not a postcode\"},"
                + "{\"field\":\"person.best_time_to_call\",\"message\":\"too <long>\"}]}");
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(400)
                .body(allOf(containsString("<title>Error: Check your answers"),
                        containsString("href=\"/refer/postcode?change=true\">Enter a real postcode"),
                        containsString("Best time to call: too &lt;long&gt;"), containsString("Rosa")));
        guest.given().when().get("/refer/check").then().statusCode(200).body(containsString("Rosa"));
    }

    @Test
    void aServiceThatCannotAnswerLosesNothingAndTooManyIsTheWaitPage() {
        var guest = Guest.arrives();
        answerAll(guest::answer);
        StandInApis.answer("POST", "/referrals/guest", 503, "{\"status\":503}");
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(503)
                .body(allOf(containsString("Nothing has been sent: try again in a few minutes."),
                        containsString("Rosa")));
        StandInApis.answer("POST", "/referrals/guest", 500, "{\"status\":500}");
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(503);
        var keys = StandInApis.requests("POST", "/referrals/guest").stream()
                .map(r -> r.headers().get("idempotency-key")).distinct().toList();
        assertEquals(1, keys.size(), "a resend of the same draft is the same referral");
        StandInApis.reset();
        StandInApis.answer("/referrals/guest", 429, "{\"status\":429}", Map.of("Retry-After", "120"));
        guest.form().formParam("website", "").when().post("/refer/check").then().statusCode(429)
                .header("Retry-After", "120");
        guest.given().when().get("/refer/check").then().statusCode(200).body(containsString("Rosa"));
    }

    @Test
    void twoGuestsDraftsAreTheirOwn() {
        var one = Guest.arrives();
        var two = Guest.arrives();
        assertNotEquals(one.draftCookie(), two.draftCookie());
        one.answer("given_name", "Rosa");
        two.given().when().get("/refer/given_name").then().statusCode(200).body(not(containsString("Rosa")));
        // a made-up cookie is not anyone's draft: a new one is given
        Response madeUp = RestAssured.given().redirects().follow(false).cookie(Guest.DRAFT_COOKIE, "made-up")
                .when().get("/refer/given_name");
        madeUp.then().statusCode(200).body(not(containsString("Rosa")));
        assertNotEquals("made-up", madeUp.cookie(Guest.DRAFT_COOKIE));
        assertNotNull(madeUp.cookie(Guest.DRAFT_COOKIE));
        // nor is a signed-in resident's draft a guest's
        PortalSession.as("resident2").form().formParam("answer", "Sam").when().post("/refer/given_name");
        one.given().when().get("/refer/given_name").then().body(allOf(containsString("Rosa"),
                not(containsString("Sam"))));
    }

    @Test
    void staffDoNotReferThemselvesHere() {
        PortalSession.as("coordinator1").given().when().get("/refer/free_text").then().statusCode(403);
        PortalSession.as("linkworker1").given().when().get("/refer").then().statusCode(403);
    }

    @Test
    void theJourneyInWelsh() {
        var guest = Guest.arrives();
        guest.given().header("Accept-Language", "cy").when().get("/refer/free_text").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Beth fyddai&#39;n eich helpu chi?"),
                        containsString(">Yn ôl</a>")));
        guest.form().header("Accept-Language", "cy").formParam("answer", "").when().post("/refer/postcode").then()
                .statusCode(400).body(allOf(containsString("<title>Gwall: Beth yw eich cod post?"),
                        containsString("Rhowch eich cod post")));
        guest.given().header("Accept-Language", "cy").when().get("/refer/consent_to_contact").then()
                .body(containsString("Rwy&#39;n cytuno y caiff gweithiwr cyswllt"));
    }

    @Test
    void directoryAndStartPagesLeadToTheJourney() {
        RestAssured.given().when().get("/").then().statusCode(200).body(containsString("href=\"/refer\""));
    }

    private static void answerAll(BiFunction<String, String, Response> answer) {
        ANSWERS.forEach((q, a) -> answer.apply(q, a).then().statusCode(303));
    }
}
