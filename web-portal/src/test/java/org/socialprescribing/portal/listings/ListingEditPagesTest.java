package org.socialprescribing.portal.listings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.portal.listings.ListingJson.NASTY;
import static org.socialprescribing.portal.listings.ListingJson.ORGANISATION;
import static org.socialprescribing.portal.listings.ListingJson.listing;
import static org.socialprescribing.portal.listings.ListingJson.newId;
import static org.socialprescribing.portal.listings.ListingJson.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.portal.PortalSession;
import org.socialprescribing.portal.StandInApis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Editing a listing ({@code GET} and {@code POST /my/listings/{id}/edit}): the form as the directory gives the
 * listing, each mistake the portal catches and each answer of the directory's {@code PUT /listings/{id}}, for each
 * role, in English and Welsh.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class ListingEditPagesTest {

    private static final String WALK = newId();
    private static final String EDIT = "/my/listings/" + WALK + "/edit";
    private static final String API = "/listings/" + WALK;
    private static final String SUMMARY_LINK = "<a href=\"#%s\">";

    @BeforeEach
    void reset() {
        StandInApis.reset();
        StandInApis.answer("GET", API, 200, listing(WALK, "Buggy Walks", 3));
    }

    @Test
    void theFormShowsTheListingAsTheDirectoryGivesIt() {
        PortalSession.as("editor1").given().when().get(EDIT).then().statusCode(200)
                .body(allOf(containsString("<title>Edit Buggy Walks –"), containsString("<html lang=\"en\""),
                        containsString("<h1 class=\"govuk-heading-l\">Edit listing</h1>"),
                        containsString("Riverside Walkers"),
                        containsString("id=\"name\" name=\"name\" type=\"text\" value=\"Buggy Walks\""),
                        containsString("Pram-friendly walks.</textarea>"),
                        containsString("name=\"version\" value=\"3\""),
                        containsString("name=\"organization_id\" value=\"" + ORGANISATION + "\""),
                        containsString("name=\"eligibility_criteria\" value=\"parent\""),
                        containsString("name=\"taxonomy_term_ids\" value=\"7b0e5a55-0000-4000-8000-000000000001\""),
                        containsString("value=\"waiting_list\" checked"), containsString("value=\"active\" checked"),
                        containsString("value=\"online\" checked"),
                        not(containsString("value=\"phone\" checked")), containsString("value=\"65\""),
                        containsString("Oldest age"), containsString("Places free now"),
                        containsString("Save changes"), containsString("name=\"csrf-token\""),
                        not(containsString("govuk-error-summary"))));
        assertTrue(StandInApis.requests("GET", API).get(0).headers().get("authorization").startsWith("Bearer "));
    }

    @Test
    void anInactiveListingKeepsItsStatusWhenSaved() {
        StandInApis.answer("GET", API, 200, listing(WALK, "Buggy Walks", 3).replace("\"status\":\"active\"",
                "\"status\":\"inactive\""));
        PortalSession.as("editor1").given().when().get(EDIT).then().statusCode(200)
                .body(allOf(containsString("name=\"status\" type=\"radio\" value=\"inactive\" checked"),
                        not(containsString("value=\"active\" checked"))));
        StandInApis.answer("GET", API, 200, listing(WALK, "Buggy Walks", 3));
        PortalSession.as("editor1").given().when().get(EDIT).then().statusCode(200)
                .body(not(containsString("value=\"inactive\"")));
    }

    @Test
    void aCoordinatorMayEditAnyListing() {
        PortalSession.as("coordinator1").given().when().get(EDIT).then().statusCode(200)
                .body(containsString("value=\"Buggy Walks\""));
    }

    @Test
    void theFormInWelshIsInWelsh() {
        PortalSession.as("editor1").given().queryParam("lang", "cy").when().get(EDIT).then().statusCode(200)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("<title>Golygu Buggy Walks –"),
                        containsString("Sut mae pobl yn cymryd rhan?"), containsString("Oed hynaf"),
                        containsString("Wyneb yn wyneb"), not(containsString("Save changes")),
                        containsString("value=\"Buggy Walks\"")));
    }

    @Test
    void whatTheDirectoryGivesIsEscaped() {
        StandInApis.answer("GET", API, 200, listing(WALK, NASTY, NASTY, 3, null));
        String page = PortalSession.as("editor1").given().when().get(EDIT).then().statusCode(200)
                .body(allOf(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"),
                        not(containsString(NASTY))))
                .extract().asString();
        assertTrue(page.contains("<title>Edit &lt;script&gt;"), "the title too");
    }

    @Test
    void aListingKeptByAnotherDirectorysFeedIsNotEditedHere() {
        StandInApis.answer("GET", API, 200, listing(WALK, "Buggy Walks", "Walks", 3, newId()));
        PortalSession.as("editor1").given().when().get(EDIT).then().statusCode(200)
                .body(allOf(containsString("You cannot edit this listing here"),
                        containsString("Buggy Walks comes from another directory&#39;s feed"),
                        not(containsString("<form action=\"/my/listings/"))));
    }

    @Test
    void aListingThatIsNotThereNotTheirsOrNotAnsweredIsAPageWithItsStatus() {
        Map<Integer, Integer> statuses = Map.of(404, 404, 403, 403, 503, 503, 500, 503);
        Map<Integer, String> words = Map.of(404, "There is no such listing. It may have been removed.", 403,
                "This listing belongs to an organisation you do not edit.", 503,
                "We cannot show this listing right now.");
        statuses.forEach((directory, portal) -> {
            StandInApis.answer("GET", API, directory, problem(directory, "No"));
            PortalSession.as("editor2").given().when().get(EDIT).then().statusCode(portal)
                    .body(allOf(containsString("<h1 class=\"govuk-heading-l\">Listing not available</h1>"),
                            containsString(words.get(portal)),
                            containsString(
                                    "<a href=\"/my/listings\" class=\"govuk-back-link\">Back to your listings")));
        });
    }

    @Test
    void notTheirsInWelshIsInWelsh() {
        StandInApis.answer("GET", API, 403, problem(403, "No"));
        PortalSession.as("editor2").given().header("Accept-Language", "cy").when().get(EDIT).then().statusCode(403)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Mae&#39;r rhestr hon yn perthyn")));
    }

    @Test
    void aSaveSendsTheEditWithItsVersionAndGoesBackToTheDashboard() throws Exception {
        StandInApis.answer("PUT", API, 200, listing(WALK, "Buggy Walks & Talks", 4));
        save("editor1", "name", "Buggy Walks & Talks", "maximum_age", "70").when().post(EDIT)
                .then().statusCode(303).header("Location", endsWith("/my/listings?saved=Buggy+Walks+%26+Talks"));

        var put = StandInApis.requests("PUT", API);
        assertEquals(1, put.size());
        assertEquals("\"3\"", put.get(0).headers().get("if-match"));
        assertTrue(put.get(0).headers().get("authorization").startsWith("Bearer "));
        JsonNode body = new ObjectMapper().readTree(put.get(0).body());
        assertEquals("Buggy Walks & Talks", body.path("name").asText());
        assertEquals("Pram-friendly walks.", body.path("description").asText());
        assertEquals("waiting_list", body.path("accepting_referrals").asText());
        assertEquals(70, body.path("maximum_age").asInt());
        assertTrue(body.path("maximum_age").isInt(), "numbers are sent as numbers");
        assertEquals(5, body.path("capacity_available").asInt());
        assertEquals(ORGANISATION, body.path("organization_id").asText());
        assertEquals(List.of("in_person", "online"), strings(body.path("delivery_modes")));
        assertEquals(List.of("parent"), strings(body.path("eligibility_criteria")));
        assertEquals(List.of("7b0e5a55-0000-4000-8000-000000000001"), strings(body.path("taxonomy_term_ids")));
        assertTrue(body.path("minimum_age").isMissingNode(), "an empty field is not sent");
    }

    @Test
    void mistakesThePortalSeesAreListedAtTheirFieldsWithWhatWasTyped() {
        save("editor1", "name", "", "maximum_age", "twelve", "fees", NASTY).when()
                .post(EDIT).then().statusCode(400)
                .body(allOf(containsString("<title>Error: Edit listing –"), containsString("govuk-error-summary"),
                        containsString(SUMMARY_LINK.formatted("name") + "Enter the listing&#39;s name</a>"),
                        containsString(SUMMARY_LINK.formatted("maximum_age")
                                + "Oldest age must be a whole number, like 12</a>"),
                        containsString("id=\"name-error\" class=\"govuk-error-message\""),
                        containsString("id=\"maximum_age-error\" class=\"govuk-error-message\""),
                        containsString("govuk-input--error\" id=\"maximum_age\" name=\"maximum_age\" type=\"text\""
                                + " value=\"twelve\""),
                        containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
                        not(containsString(NASTY))));
        assertEquals(0, StandInApis.requests("PUT", API).size(), "the directory is not asked");
    }

    @Test
    void mistakesInWelshAreInWelsh() {
        save("editor1", "maximum_age", "deuddeg").header("Accept-Language", "cy").when().post(EDIT).then()
                .statusCode(400).body(allOf(containsString("<html lang=\"cy\""), containsString("<title>Gwall: Golygu"),
                        containsString("Mae problem wedi codi"),
                        containsString(SUMMARY_LINK.formatted("maximum_age")
                                + "Rhaid i Oed hynaf fod yn rhif cyfan, fel 12</a>"),
                        containsString("value=\"deuddeg\"")));
    }

    @Test
    void fieldsTheDirectoryRefusesAreListedAtTheirFieldsAfterTheirLabels() {
        StandInApis.answer("PUT", API, 422, problem(422, "2 fields are invalid.", "maximum_age",
                "The age range is the wrong way round.", "delivery_modes[0]", "must be in_person, online or phone",
                "places[0].location_id", "must be one of the organisation's own locations"));
        save("editor1", "minimum_age", "70", "maximum_age", "60").when().post(EDIT).then()
                .statusCode(400).body(allOf(containsString("<title>Error: Edit Buggy Walks –"),
                        containsString(SUMMARY_LINK.formatted("maximum_age")
                                + "Oldest age: The age range is the wrong way round.</a>"),
                        containsString(SUMMARY_LINK.formatted("delivery_modes")
                                + "How people take part: must be in_person, online or phone</a>"),
                        containsString(SUMMARY_LINK.formatted("main-content")
                                + "Places and times: must be one of the organisation&#39;s own locations</a>"),
                        containsString("id=\"maximum_age-error\""), containsString("id=\"delivery_modes-error\""),
                        containsString("value=\"70\""), containsString("value=\"60\""),
                        not(containsString("2 fields are invalid."))));
    }

    @Test
    void aRefusalThatNamesNoFieldIsTheSummarysSentence() {
        StandInApis.answer("PUT", API, 400, problem(400, "The body does not have the expected shape."));
        save("editor1").when().post(EDIT).then().statusCode(400)
                .body(allOf(containsString("govuk-error-summary"),
                        containsString("<p class=\"govuk-body\">The body does not have the expected shape.</p>"),
                        containsString("value=\"Buggy Walks\"")));
    }

    @Test
    void someoneElsesSaveFirstShowsTheLatestVersionAndSaysNothingWasSaved() {
        StandInApis.answer("PUT", API, 412, problem(412, "Changed since version 3: read it again."));
        save("editor1", "description", "My words").when().post(EDIT).then().statusCode(409)
                .body(allOf(containsString("Someone else changed this listing"),
                        containsString("<strong>Your changes have not been saved.</strong>"),
                        containsString("Pram-friendly walks.</textarea>"), not(containsString("My words")),
                        containsString("<title>Error: Edit Buggy Walks –")));
        assertEquals(1, StandInApis.requests("GET", API).size(), "the latest version is read again");
    }

    @Test
    void someoneElsesSaveFirstInWelshIsInWelsh() {
        StandInApis.answer("PUT", API, 412, problem(412, "Stale"));
        save("editor1").header("Accept-Language", "cy").when().post(EDIT).then().statusCode(409)
                .body(allOf(containsString("<html lang=\"cy\""), containsString("Mae rhywun arall wedi newid")));
    }

    @Test
    void someoneElsesSaveFirstOnAListingNowGoneIsTheNotFoundPage() {
        StandInApis.answer("PUT", API, 412, problem(412, "Stale"));
        StandInApis.answer("GET", API, 404, problem(404, "Gone"));
        save("editor1").when().post(EDIT).then().statusCode(404)
                .body(containsString("There is no such listing."));
    }

    @Test
    void aListingKeptByAFeedIsRefusedWithTheDirectorysWords() {
        StandInApis.answer("PUT", API, 409, problem(409, "Kept by another directory's feed: change it at its source"));
        save("editor1", "description", "My words").when().post(EDIT).then().statusCode(409)
                .body(allOf(containsString("govuk-error-summary"),
                        containsString("Kept by another directory&#39;s feed: change it at its source"),
                        containsString("My words</textarea>"), not(containsString("Someone else changed"))));
    }

    @Test
    void aSaveRefusedAsNotThereOrNotTheirsIsThatPage() {
        for (int status : new int[]{404, 403}) {
            StandInApis.answer("PUT", API, status, problem(status, "No"));
            save("editor2").when().post(EDIT).then().statusCode(status)
                    .body(allOf(containsString("Listing not available"), containsString(status == 403
                            ? "belongs to an organisation you do not edit"
                            : "There is no such listing.")));
        }
    }

    @Test
    void noAnswerToASaveKeepsTheFormAndSaysNothingChanged() {
        for (int status : new int[]{503, 500}) {
            StandInApis.answer("PUT", API, status, problem(status, "Down"));
            save("editor1", "description", NASTY).when().post(EDIT).then().statusCode(503)
                    .body(allOf(containsString("govuk-error-summary"),
                            containsString("We could not save your changes just now. Nothing has changed"),
                            containsString("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"),
                            not(containsString(NASTY))));
        }
    }

    @Test
    void aDirectoryThatSaysWaitIsTheWaitPageNotAFormError() {
        StandInApis.answer("PUT", API, 429, problem(429, "Too many requests"));
        save("editor1").when().post(EDIT).then().statusCode(429)
                .body(containsString("You have searched a lot in a short time"));
    }

    @Test
    void residentsAndLinkWorkersGetThePortalsForbiddenPage() {
        for (String user : new String[]{"resident1", "linkworker1"}) {
            PortalSession.as(user).given().when().get(EDIT).then().statusCode(403)
                    .body(containsString("You cannot see this page"));
            PortalSession.as(user).form().formParam("name", "Mine").when().post(EDIT).then().statusCode(403);
        }
        assertEquals(0, StandInApis.requests().size(), "the directory is not asked");
    }

    @Test
    void signedOutTheFormSendsToKeycloak() {
        given().redirects().follow(false).when().get(EDIT).then().statusCode(302)
                .header("Location", containsString("/realms/social-prescribing/protocol/openid-connect/auth"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("name", "x")
                .when().post(EDIT).then().statusCode(oneOf(302, 401));
        assertEquals(0, StandInApis.requests().size());
    }

    /**
     * The form as the edit page posts it for the listing the stand-in gives, with the changes (field, value, ...) the
     * person typed.
     */
    private static RequestSpecification save(String user, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "3");
        fields.put("organization_id", ORGANISATION);
        fields.put("organization_name", "Riverside Walkers");
        fields.put("name", "Buggy Walks");
        fields.put("description", "Pram-friendly walks.");
        fields.put("status", "active");
        fields.put("accepting_referrals", "waiting_list");
        fields.put("capacity_available", "5");
        fields.put("capacity_maximum", "12");
        fields.put("maximum_age", "65");
        fields.put("fees", "Free");
        fields.put("eligibility_description", "Parents and carers");
        fields.put("email", "hello@walks.example");
        fields.put("url", "https://walks.example");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        RequestSpecification form = PortalSession.as(user).form();
        fields.forEach((field, value) -> form.formParam(field, value));
        return form.formParam("delivery_modes", "in_person", "online").formParam("eligibility_criteria", "parent")
                .formParam("taxonomy_term_ids", "7b0e5a55-0000-4000-8000-000000000001");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
