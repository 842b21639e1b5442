package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The public directory pages against a stand-in directory: the search (its results in words, no results, pages, each
 * refusal of the directory on its input, no answer) and the page of one service (found, not found, no answer), signed
 * out and signed in, escaped, and in Welsh with the services' own text left as the directory gives it.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class DirectoryPagesTest {

    static final String WALK_ID = "5f451587-0bb0-53da-afc2-4a4dbd6c0a1e";
    static final String CATEGORY_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    /** A Tuesday walk 0.4 miles away that keeps a waiting list, free, for 16 and over, in person or by phone. */
    static final String WALK = """
            {"id":"%s","organization_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Tuesday Riverside Health Walk",
             "description":"A gentle hour along the river, led by trained walkers.","status":"active",
             "minimum_age":16,"organization":{"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Millbrook Walkers"},
             "cost_options":[],"languages":[],"delivery_modes":["in_person","phone"],"eligibility_criteria":[],
             "accepting_referrals":"waiting_list","distance":644,
             "next_session":{"date":"2026-11-24","opens_at":"10:00","closes_at":"11:30"}}
            """.formatted(WALK_ID);
    /** A paid online group for 8 to 17 a few steps away, taking no new people. */
    static final String CODING = """
            {"id":"3b8f1c2e-1d4a-4f5b-9c6d-7e8f9a0b1c2d","name":"Code club","description":"Make games online.",
             "fees":"£2 a session","minimum_age":8,"maximum_age":17,
             "organization":{"id":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","name":"Millbrook Library"},
             "delivery_modes":["online"],"accepting_referrals":"closed","distance":100}
            """;
    /** A group for children up to 11, no distance (no postcode searched). */
    static final String STORIES = """
            {"id":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","name":"Story time","description":"Stories and songs.",
             "maximum_age":11,"organization":{"id":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","name":"Millbrook Library"},
             "accepting_referrals":"open"}
            """;
    /** For everyone. */
    static final String CAFE = """
            {"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","name":"Repair cafe","description":"Bring what is broken.",
             "organization":{"id":"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9","name":"Fixers"}}
            """;

    static final String CATEGORIES = """
            {"total_items":2,"total_pages":1,"page_number":1,"size":2,"first_page":true,"last_page":true,
             "empty":false,"contents":[{"id":"%s","name":"Physical activity","taxonomy_id":null},
             {"id":"b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e","name":"Money and debt"}]}
            """.formatted(CATEGORY_ID);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        StandInApis.reset();
        // Failures one test asks for must not open the breaker for the next
        breakers.resetAll();
    }

    static String page(long total, int pages, int number, String... services) {
        return "{\"total_items\":" + total + ",\"total_pages\":" + pages + ",\"page_number\":" + number
                + ",\"size\":" + services.length + ",\"contents\":[" + String.join(",", services) + "]}";
    }

    static String refusal(int status, String... fieldAndMessage) {
        StringBuilder violations = new StringBuilder();
        for (int i = 0; i < fieldAndMessage.length; i += 2) {
            violations.append(i == 0 ? "" : ",").append("{\"field\":\"").append(fieldAndMessage[i])
                    .append("\",\"message\":\"").append(fieldAndMessage[i + 1]).append("\"}");
        }
        String type = status == 422 ? "validation-failed" : "invalid-parameter";
        return "{\"type\":\"urn:social-prescribing:problem:" + type + "\",\"title\":\"A request parameter is invalid\","
                + "\"status\":" + status + ",\"detail\":\"" + (fieldAndMessage.length > 0 ? fieldAndMessage[1] : "bad")
                + "\",\"instance\":\"/services\",\"violations\":[" + violations + "]}";
    }

    private static List<StandInApis.Request> searches() {
        return StandInApis.requests("GET", "/services?");
    }

    // The search

    @Test
    void aSearchSignedOutShowsEachResultInWordsAndSendsTheFiltersToTheDirectory() {
        StandInApis.answer("/services", 200, page(4, 1, 1, WALK, CODING, STORIES, CAFE), Map.of());
        StandInApis.answer("/taxonomy_terms", 200, CATEGORIES, Map.of());
        String html = given().queryParam("search", "walk").queryParam("postcode", "dm1 1ab")
                .queryParam("miles", "1").queryParam("category", CATEGORY_ID).queryParam("free", "true")
                .queryParam("day", "TU").when().get("/services").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertContains(html, "<title>Results for \u201cwalk\u201d \u2013 Social prescribing</title>",
                "<h1 class=\"govuk-heading-l\">Find support and activities</h1>",
                "4 services for \u201cwalk\u201d near DM1 1AB",
                "href=\"/services/" + WALK_ID + "\">Tuesday Riverside Health Walk</a>",
                "Millbrook Walkers &middot; 0.4 miles away", "Millbrook Library &middot; Less than 0.1 miles away",
                "A gentle hour along the river, led by trained walkers.",
                "Ages 16 and over &middot; Free &middot; In person, by phone",
                "Ages 8 to 17 &middot; £2 a session &middot; Online", "Ages up to 11 &middot; Free</p>",
                "All ages &middot; Free</p>", "Next: Tuesday 24 November 2026, 10:00 to 11:30",
                "govuk-tag--yellow\">Waiting list</strong>", "govuk-tag--yellow\">Not taking new people</strong>",
                // the form as it was filled in, with the directory's categories to choose from
                "value=\"walk\"", "value=\"DM1 1AB\"", "<option value=\"1\" selected>Within 1 mile</option>",
                "<option value=\"3\">Within 3 miles</option>", "<option value=\"TU\" selected>Tuesday</option>",
                "<option value=\"" + CATEGORY_ID + "\" selected>Physical activity</option>",
                "<option value=\"\">Any</option>", "Money and debt", "value=\"true\" checked",
                // signed out: the header offers to sign in
                "href=\"/sign-in\"");
        assertTrue(!html.contains("Sign out") && !html.contains("govuk-error-summary")
                && !html.contains("govuk-pagination"), html);
        assertEquals(1, html.split("Waiting list", -1).length - 1, "only the walk keeps a waiting list");

        List<StandInApis.Request> sent = searches();
        assertEquals(1, sent.size());
        String query = sent.get(0).path();
        for (String parameter : List.of("search=walk", "postcode=DM1", "proximity=1609",
                "taxonomy_term_id=" + CATEGORY_ID, "free=true", "day=TU", "page=1", "per_page=20")) {
            assertTrue(query.contains(parameter), parameter + " in " + query);
        }
    }

    @Test
    void aSearchSignedInShowsTheHeaderOfThePersonSignedIn() {
        StandInApis.answer("/services", 200, page(1, 1, 1, WALK), Map.of());
        PortalSession.as("resident1").given().queryParam("search", "walk").when().get("/services").then()
                .statusCode(200)
                .body(allOf(containsString("1 service for \u201cwalk\u201d</h2>"),
                        containsString("Tuesday Riverside Health Walk"), containsString("href=\"/my/goals\""),
                        containsString("action=\"/sign-out\""), not(containsString("href=\"/sign-in\""))));
    }

    @Test
    void noResultsGiveAdviceOnSearchingAgain() {
        StandInApis.answer("/services", 200, page(0, 0, 1), Map.of());
        given().queryParam("search", "zzzzqqqq").when().get("/services").then().statusCode(200)
                .body(allOf(containsString("id=\"results-heading\">No results for \u201czzzzqqqq\u201d</h2>"),
                        containsString("checking your spelling"),
                        containsString("asking a link worker, who knows what is available near you"),
                        not(containsString("govuk-pagination"))));
        given().queryParam("free", "true").when().get("/services").then().statusCode(200)
                .body(allOf(containsString("id=\"results-heading\">No results</h2>"),
                        containsString("<title>Find support and activities \u2013")));
    }

    @Test
    void manyResultsArePagedWithLinksThatKeepTheSearch() {
        StandInApis.answer("/services", 200, page(1234, 62, 2, WALK), Map.of());
        given().queryParam("search", "walk").queryParam("postcode", "DM1 1AB").queryParam("page", "2").when()
                .get("/services").then().statusCode(200)
                .body(allOf(containsString("1,234 services for \u201cwalk\u201d near DM1 1AB"),
                        containsString("Page 2 of 62"),
                        containsString("href=\"/services?search=walk&amp;postcode=DM1+1AB&amp;miles=3&amp;page=1\""
                                + " rel=\"prev\""),
                        containsString("href=\"/services?search=walk&amp;postcode=DM1+1AB&amp;miles=3&amp;page=3\""
                                + " rel=\"next\""),
                        containsString("<span class=\"govuk-visually-hidden\">Previous page</span>"),
                        containsString("aria-label=\"Results pages\"")));
        assertTrue(searches().get(0).path().contains("page=2"), searches().get(0).path());
    }

    @Test
    void theFirstAndLastPagesOfferOnlyTheWayThatExists() {
        StandInApis.answer("/services", 200, page(45, 3, 1, WALK), Map.of());
        given().queryParam("search", "walk").when().get("/services").then().statusCode(200)
                .body(allOf(containsString("Page 1 of 3"), containsString("rel=\"next\""),
                        not(containsString("rel=\"prev\""))));
        StandInApis.answer("/services", 200, page(45, 3, 3, WALK), Map.of());
        given().queryParam("search", "walk").queryParam("page", "3").when().get("/services").then()
                .statusCode(200).body(allOf(containsString("Page 3 of 3"), containsString("rel=\"prev\""),
                        not(containsString("rel=\"next\""))));
    }

    @Test
    void theSearchInWelshHasWelshWordsAroundTheServicesOwnText() {
        StandInApis.answer("/services", 200, page(45, 5, 2, WALK, CODING, STORIES, CAFE), Map.of());
        StandInApis.answer("/taxonomy_terms", 200, CATEGORIES, Map.of());
        String html = given().header("Accept-Language", "cy").queryParam("search", "walk")
                .queryParam("postcode", "DM1 1AB").queryParam("miles", "1").queryParam("page", "2").when()
                .get("/services").then().statusCode(200).extract().asString();
        assertContains(html, "<html lang=\"cy\"", "Canlyniadau ar gyfer \u201cwalk\u201d",
                "Dod o hyd i gymorth a gweithgareddau</h1>", "45 o wasanaethau ar gyfer \u201cwalk\u201d ger DM1 1AB",
                "Tudalen 2 o 5", "Tudalen flaenorol", "Millbrook Walkers &middot; 0.4 milltir i ffwrdd",
                "Llai na 0.1 milltir i ffwrdd", "16 oed a hŷn &middot; Am ddim &middot; Wyneb yn wyneb, dros y ffôn",
                "Rhwng 8 a 17 oed", "Hyd at 11 oed", "Pob oed", "Nesaf: Dydd Mawrth 24 Tachwedd 2026, 10:00 tan 11:30",
                "Rhestr aros", "Ddim yn derbyn pobl newydd", "<option value=\"1\" selected>O fewn 1 filltir</option>",
                "O fewn 3 milltir", "<option value=\"TU\">Dydd Mawrth</option>", "Unrhyw ddiwrnod",
                "Am ddim yn unig", "Chwilio</button>",
                // the directory's text as it gave it, names of its categories too
                "Tuesday Riverside Health Walk", "A gentle hour along the river, led by trained walkers.",
                "£2 a session", "Physical activity");
        assertTrue(!html.contains("miles away") && !html.contains("Find support") && !html.contains("Tuesday 24"),
                html);
    }

    @Test
    void aBusyDirectoryIsTheWaitPageInWelshToo() {
        StandInApis.answer("/services", 429, "{\"status\":429}", Map.of("Retry-After", "30"));
        given().queryParam("lang", "cy").queryParam("search", "walk").when().get("/services").then()
                .statusCode(429).header("Retry-After", "30")
                .body(allOf(containsString("<html lang=\"cy\""),
                        containsString("Rydych wedi chwilio llawer mewn amser byr")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"400, ZZ99 9ZZ is not a postcode we know; check it and try again",
            "422, is not a UK postcode (for example SW1A 1AA)"})
    void anUnknownPostcodeIsAnErrorOnThePostcodeWithTheSearchKept(int status, String message) {
        StandInApis.answer("/services", status, refusal(status, "postcode", "postcode " + message), Map.of());
        String html = given().queryParam("search", "walk").queryParam("postcode", "zz99 9zz")
                .queryParam("day", "FR").when().get("/services").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        assertContains(html, "<title>Error: Find support and activities \u2013", "class=\"govuk-error-summary\"",
                "<li><a href=\"#postcode\">Enter a postcode in the area, like DM1 1AB</a></li>",
                "<p id=\"postcode-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:"
                        + "</span> Enter a postcode in the area, like DM1 1AB</p>",
                "govuk-form-group govuk-form-group--error", "govuk-input--error", "postcode-hint postcode-error",
                "value=\"ZZ99 9ZZ\"", "value=\"walk\"", "<option value=\"FR\" selected>Friday</option>",
                "Check what you entered, then search again.");
        assertTrue(!html.contains("We cannot search") && !html.contains("not a postcode we know")
                && !html.contains("search-error"), "the directory's own words are not shown: " + html);
    }

    @Test
    void anUnknownPostcodeInWelshIsAWelshError() {
        StandInApis.answer("/services", 400, refusal(400, "postcode", "postcode is not a UK postcode"), Map.of());
        given().header("Accept-Language", "cy").queryParam("postcode", "nope").when().get("/services").then()
                .statusCode(400)
                .body(allOf(containsString("<title>Gwall: Dod o hyd i gymorth a gweithgareddau \u2013"),
                        containsString("Mae problem wedi codi"),
                        containsString("<a href=\"#postcode\">Rhowch god post yn yr ardal, fel DM1 1AB</a>"),
                        containsString("<span class=\"govuk-visually-hidden\">Gwall:</span>"),
                        containsString("value=\"NOPE\"")));
    }

    @ParameterizedTest(name = "{0} on #{1}")
    @CsvSource({"taxonomy_term_id, category, Choose a type of support from the list",
            "day, day, Choose a day from the list",
            "search, search, 'Enter what you are looking for in letters, numbers and punctuation, up to 200"
                    + " characters'",
            "proximity, miles, Choose a distance from the list"})
    void eachRefusedFilterIsAnErrorOnItsOwnInput(String parameter, String input, String error) {
        StandInApis.answer("/services", 400, refusal(400, parameter, parameter + " is not valid."), Map.of());
        StandInApis.answer("/taxonomy_terms", 200, CATEGORIES, Map.of());
        String html = given().queryParam("search", "walk").queryParam("postcode", "DM1 1AB")
                .queryParam("category", CATEGORY_ID).when().get("/services").then().statusCode(400).extract()
                .asString();
        assertContains(html, "<li><a href=\"#" + input + "\">" + error + "</a></li>",
                "id=\"" + input + "-error\" class=\"govuk-error-message\"",
                "<span class=\"govuk-visually-hidden\">Error:</span> " + error, "id=\"" + input + "\"",
                "<title>Error: Find support and activities", "value=\"walk\"", "value=\"DM1 1AB\"",
                "<option value=\"" + CATEGORY_ID + "\" selected>");
        assertEquals(1, html.split("govuk-error-message", -1).length - 1, "only " + input + " has an error");
    }

    @Test
    void refusalsNoInputOfThePageSentAreOneErrorForTheWholeSearch() {
        // the categories are not offered (the directory did not list them), paging is no input
        StandInApis.answer("/services", 400, refusal(400, "taxonomy_term_id", "taxonomy_term_id must be a UUID.",
                "page", "page must be a whole number", "postcode", "postcode is not a UK postcode"), Map.of());
        String html = given().queryParam("category", "not-a-term").queryParam("postcode", "x").when()
                .get("/services").then().statusCode(400).extract().asString();
        assertContains(html,
                "<li><a href=\"#main-content\">The directory could not search with what you entered. Check it and"
                        + " search again.</a></li>",
                "<li><a href=\"#postcode\">Enter a postcode in the area, like DM1 1AB</a></li>");
        assertEquals(1, html.split("href=\"#main-content\">The directory", -1).length - 1, "said once");
        assertTrue(!html.contains("id=\"category\""), "no category select without categories");
        // a refusal naming no parameter at all
        StandInApis.answer("/services", 422, "{\"status\":422,\"detail\":\"Something is wrong\"}", Map.of());
        given().queryParam("search", "walk").when().get("/services").then().statusCode(400)
                .body(allOf(containsString("<a href=\"#main-content\">The directory could not search"),
                        not(containsString("Something is wrong"))));
    }

    @ParameterizedTest(name = "directory answering {0}")
    @CsvSource({"503", "500"})
    void withoutAnAnswerTheSearchSaysSoBesideTheFormAsItWasFilledIn(int status) {
        StandInApis.answer("/services", status, "{\"status\":" + status + "}", Map.of());
        given().queryParam("search", "walk").queryParam("postcode", "DM1 1AB").when().get("/services").then()
                .statusCode(200)
                .body(allOf(containsString("govuk-warning-text"),
                        containsString("We cannot search the directory right now. Try again in a few minutes."),
                        containsString("value=\"walk\""), containsString("value=\"DM1 1AB\""),
                        not(containsString("govuk-error-summary")), not(containsString("results-heading"))));
        assertEquals(2, searches().size(), "tried once more before saying so");
        given().header("Accept-Language", "cy").queryParam("search", "walk").when().get("/services").then()
                .statusCode(200).body(containsString("Ni allwn chwilio\u2019r cyfeiriadur ar hyn o bryd."));
    }

    @Test
    void everythingTheDirectoryOrThePersonGaveIsEscapedOnTheSearchPage() {
        String evil = """
                {"id":"e1","name":"<script>alert(1)</script>","description":"<script>alert(2)</script>",
                 "fees":"<script>alert(3)</script>","delivery_modes":["<script>alert(4)</script>"],
                 "organization":{"id":"o1","name":"<script>alert(5)</script>"},
                 "next_session":{"date":"2026-11-24","opens_at":"<script>alert(6)</script>","closes_at":"11:30"}}
                """;
        StandInApis.answer("/services", 200, page(1, 1, 1, evil), Map.of());
        StandInApis.answer("/taxonomy_terms", 200,
                "{\"contents\":[{\"id\":\"t1\",\"name\":\"<script>alert(7)</script>\"}]}", Map.of());
        String html = given().queryParam("search", "<script>alert(8)</script>")
                .queryParam("postcode", "<b>9</b>").when().get("/services").then().statusCode(200).extract()
                .asString();
        for (int i = 1; i <= 8; i++) {
            assertTrue(html.contains("&lt;script&gt;alert(" + i + ")&lt;/script&gt;"), i + " escaped: " + html);
        }
        assertContains(html, "&lt;B&gt;9&lt;/B&gt;");
        assertTrue(!html.contains("<script>alert(") && !html.contains("<B>"), html);
    }

    // The page of one service

    static final String FULL_WALK = """
            {"id":"%s","name":"Tuesday Riverside Health Walk","description":"A gentle hour along the river.",
             "url":"https://walkers.example.org/tuesday","email":"walks@example.org","status":"active",
             "fees":"£1 for tea","minimum_age":16,"eligibility_description":"Able to walk for an hour",
             "alert":"No walk on 29 December","organization":{"id":"o1","name":"Millbrook Walkers",
             "email":"hello@example.org","website":"https://walkers.example.org"},
             "accepting_referrals":"closed","delivery_modes":["in_person","online"],
             "next_session":{"date":"2026-11-24","opens_at":"10:00","closes_at":"11:30"},
             "schedules":[{"description":"Phone line Monday to Friday, 9am to 5pm","freq":"WEEKLY"}],
             "service_at_locations":[{"id":"sal1","location":{"id":"l1","name":"Riverside Park gates",
               "transportation":"Bus 12 stops outside","addresses":[{"address_1":"12 High Street",
               "city":"Millbrook","postal_code":"DM1 1AB","country":"GB"}],
               "accessibility":[{"description":"Step-free paths"}]},
              "schedules":[{"description":"Every Tuesday, 10am to 11:30am","byday":"TU"}]}],
             "contacts":[{"title":"Walk leader","phones":[{"number":"01234 567890"}]}]}
            """.formatted(WALK_ID);

    @Test
    void theServicePageSignedOutShowsTheListingInWords() {
        StandInApis.answer("/services/" + WALK_ID, 200, FULL_WALK, Map.of());
        String html = given().when().get("/services/" + WALK_ID).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertContains(html, "<title>Tuesday Riverside Health Walk \u2013",
                "<span class=\"govuk-caption-l\">Millbrook Walkers</span>",
                "<h1 class=\"govuk-heading-l\">Tuesday Riverside Health Walk</h1>",
                "<div class=\"govuk-inset-text\">No walk on 29 December</div>", ">Not taking new people</strong>",
                "A gentle hour along the river.", "Who it is for</dt>",
                ">Ages 16 and over. Able to walk for an hour</dd>", "How to take part</dt>",
                ">In person, online</dd>", "Next session</dt>", ">Tuesday 24 November 2026, 10:00 to 11:30</dd>",
                "Cost</dt>", ">£1 for tea</dd>", "Run by</dt>", ">Millbrook Walkers</dd>", "Phone</dt>",
                ">01234 567890</dd>", "Email</dt>",
                "<a class=\"govuk-link\" href=\"mailto:walks@example.org\">walks@example.org</a>", "Website</dt>",
                "href=\"https://walkers.example.org/tuesday\">https://walkers.example.org/tuesday"
                        + "<span class=\"govuk-visually-hidden\"> (opens the organisation\u2019s website)</span>",
                "When and where</h2>", "Phone line Monday to Friday, 9am to 5pm", "Riverside Park gates</h3>",
                "12 High Street, Millbrook, DM1 1AB", "Every Tuesday, 10am to 11:30am",
                "<strong>Getting there:</strong> Bus 12 stops outside", "<li>Step-free paths</li>",
                "<a class=\"govuk-link\" href=\"/services\">Back to search</a>", "href=\"/sign-in\"",
                "href=\"/refer?service=" + WALK_ID + "\"", ">Refer yourself</a>");
        assertTrue(!html.contains("Waiting list") && !html.contains("Sign out"), html);
    }

    @Test
    void aServiceWithLittleSaysOnlyWhatItHas() {
        StandInApis.answer("/services/s9", 200, """
                {"id":"s9","name":"Repair cafe","description":"Bring what is broken.",
                 "organization":{"id":"o9","name":"Fixers"},"accepting_referrals":"waiting_list",
                 "service_at_locations":[{"location":{"name":"Hall","addresses":[{"address_1":"1 Low Road",
                  "postal_code":"DM2 2CD"}]}}]}
                """, Map.of());
        String html = given().when().get("/services/s9").then().statusCode(200).extract().asString();
        assertContains(html, ">All ages</dd>", ">Free</dd>", ">Waiting list</strong>", "1 Low Road, DM2 2CD",
                "Hall</h3>");
        assertTrue(!html.contains("How to take part") && !html.contains("Next session") && !html.contains("Phone")
                && !html.contains("Website") && !html.contains("null"), html);
    }

    @Test
    void theServicePageSignedInShowsTheHeaderOfThePersonSignedIn() {
        StandInApis.answer("/services/" + WALK_ID, 200, FULL_WALK, Map.of());
        PortalSession.as("resident1").given().when().get("/services/" + WALK_ID).then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"govuk-heading-l\">Tuesday Riverside Health Walk</h1>"),
                        containsString("href=\"/my/goals\""), containsString("action=\"/sign-out\""),
                        not(containsString("href=\"/sign-in\""))));
        PortalSession.as("editor1").given().when().get("/services/" + WALK_ID).then().statusCode(200)
                .body(allOf(containsString("href=\"/my/listings\""), containsString("Tuesday Riverside Health Walk"),
                        not(containsString("href=\"/my/goals\""))));
    }

    @ParameterizedTest(name = "directory answering {0}")
    @CsvSource({"404", "400"})
    void aServiceTheDirectoryDoesNotHaveIsA404Page(int status) {
        StandInApis.answer("/services/gone", status, "{\"status\":" + status + ",\"title\":\"Not Found\"}",
                Map.of());
        given().when().get("/services/gone").then().statusCode(404).contentType(startsWith("text/html"))
                .body(allOf(containsString("<title>Service not found \u2013"),
                        containsString("There is no such service in the directory."),
                        containsString("<a href=\"/services\" class=\"govuk-back-link\">Back to search</a>"),
                        not(containsString("Exception"))));
        assertEquals(1, StandInApis.requests("GET", "/services/gone").size(), "an answer, not retried");
        given().header("Accept-Language", "cy").when().get("/services/gone").then().statusCode(404)
                .body(allOf(containsString("<html lang=\"cy\""),
                        containsString("Heb ddod o hyd i\u2019r gwasanaeth"),
                        containsString("Yn ôl i\u2019r chwiliad")));
    }

    @ParameterizedTest(name = "directory answering {0}")
    @CsvSource({"503", "500"})
    void aServiceWithoutAnAnswerIsA503Page(int status) {
        StandInApis.answer("/services/" + WALK_ID, status, "{\"status\":" + status + "}", Map.of());
        given().when().get("/services/" + WALK_ID).then().statusCode(503).contentType(startsWith("text/html"))
                .body(allOf(containsString("<title>Sorry, we cannot show this service right now \u2013"),
                        containsString("The directory is not answering."),
                        containsString("<a href=\"/services\" class=\"govuk-back-link\">Back to search</a>")));
        assertEquals(2, StandInApis.requests("GET", "/services/" + WALK_ID).size(), "tried once more");
        given().queryParam("lang", "cy").when().get("/services/" + WALK_ID).then().statusCode(503)
                .body(containsString("Nid yw\u2019r cyfeiriadur yn ateb."));
    }

    @Test
    void theServicePageInWelshHasWelshWordsAroundTheListingsOwnText() {
        StandInApis.answer("/services/" + WALK_ID, 200, FULL_WALK, Map.of());
        String html = given().header("Accept-Language", "cy").when().get("/services/" + WALK_ID).then()
                .statusCode(200).extract().asString();
        assertContains(html, "<html lang=\"cy\"", "Ar gyfer pwy</dt>", ">16 oed a hŷn. Able to walk for an hour</dd>",
                "Sut i gymryd rhan</dt>", ">Wyneb yn wyneb, ar-lein</dd>", "Y sesiwn nesaf</dt>",
                ">Dydd Mawrth 24 Tachwedd 2026, 10:00 tan 11:30</dd>", "Faint mae\u2019n ei gostio</dt>",
                "Yn cael ei redeg gan</dt>", "Ffôn</dt>", "E-bost</dt>", "Gwefan</dt>",
                "(yn agor gwefan y sefydliad)", "Pryd a ble</h2>", "<strong>Sut i gyrraedd:</strong>",
                "Ddim yn derbyn pobl newydd", "Yn ôl i\u2019r chwiliad",
                // the listing's own text, as the directory gave it
                "Tuesday Riverside Health Walk", "A gentle hour along the river.", "£1 for tea",
                "No walk on 29 December", "Every Tuesday, 10am to 11:30am", "Bus 12 stops outside",
                "Step-free paths");
        assertTrue(!html.contains("Who it is for") && !html.contains("November") && !html.contains("Run by"), html);
    }

    @Test
    void everyFieldOfTheListingIsEscapedOnTheServicePage() {
        StandInApis.answer("/services/x1", 200, """
                {"id":"x1","name":"<script>alert(1)</script>","description":"<script>alert(2)</script>",
                 "url":"<script>alert(3)</script>","email":"<script>alert(4)</script>",
                 "fees":"<script>alert(5)</script>","eligibility_description":"<script>alert(6)</script>",
                 "alert":"<script>alert(7)</script>","organization":{"id":"o1","name":"<script>alert(8)</script>"},
                 "delivery_modes":["<script>alert(9)</script>"],
                 "next_session":{"date":"2026-11-24","opens_at":"<script>alert(10)</script>",
                  "closes_at":"<script>alert(11)</script>"},
                 "schedules":[{"description":"<script>alert(12)</script>"}],
                 "service_at_locations":[{"location":{"name":"<script>alert(13)</script>",
                   "transportation":"<script>alert(14)</script>","addresses":[{"address_1":"<script>alert(15)</script>",
                   "city":"<script>alert(16)</script>","postal_code":"<script>alert(17)</script>"}],
                   "accessibility":[{"description":"<script>alert(18)</script>"}]},
                  "schedules":[{"description":"<script>alert(19)</script>"}]}],
                 "contacts":[{"phones":[{"number":"<script>alert(20)</script>"}]}]}
                """, Map.of());
        String html = given().when().get("/services/x1").then().statusCode(200).extract().asString();
        for (int i = 1; i <= 20; i++) {
            assertTrue(html.contains("&lt;script&gt;alert(" + i + ")&lt;/script&gt;"), i + " escaped: " + html);
        }
        assertTrue(!html.contains("<script>alert(") && !html.contains("href=\"&lt;")
                && !html.contains("href=\"mailto:&lt;"), html);
    }

    private static void assertContains(String html, String... parts) {
        for (String part : parts) {
            assertTrue(html.contains(part), "no <" + part + "> in:\n" + html);
        }
    }
}
