package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Services at locations, postcodes and proximity, and the session, cost, language, delivery and eligibility filters,
 * over the demo directory (fictional postcodes DM1-DM9; DM8 and DM9 are in the Eastvale district).
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class LocationSearchTest {

    static final String TOWN_CENTRE = "DM1 1AB";
    static final String EASTVALE = "dm8 1ab";

    @Test
    void servicesAtLocationsNearAPostcodeConformAndComeNearestFirst() {
        String body = given().queryParam("postcode", TOWN_CENTRE).queryParam("per_page", 30).when()
                .get("/service_at_locations").then().statusCode(200).extract().asString();
        HsdsSchemas.assertEachConforms("service_at_location_list.json", body);
        List<Number> distances = JsonPath.from(body).getList("contents.distance");
        assertEquals(30, distances.size());
        for (int i = 1; i < distances.size(); i++) {
            assertTrue(distances.get(i - 1).longValue() <= distances.get(i).longValue(), "nearest first: " + distances);
        }
    }

    @Test
    void proximityKeepsOnlyThoseWithinThatManyMetres() {
        int all = given().queryParam("postcode", TOWN_CENTRE).when().get("/service_at_locations").then()
                .statusCode(200).extract().path("total_items");
        JsonPath near = given().queryParam("postcode", TOWN_CENTRE).queryParam("proximity", 1500)
                .queryParam("per_page", 100).when().get("/service_at_locations").then().statusCode(200).extract()
                .jsonPath();
        int within = near.getInt("total_items");
        assertTrue(within > 0 && within < all, within + " of " + all);
        near.<Number>getList("contents.distance").forEach(d -> assertTrue(d.longValue() <= 1500, "distance " + d));
        // The same point as latitude and longitude gives the same answer.
        given().queryParam("lat", 52.95).queryParam("lon", -1.15).queryParam("proximity", 1500).when()
                .get("/service_at_locations").then().statusCode(200).body("total_items",
                        org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void textAndDistanceTogetherRankNearbyMatchesFirst() {
        JsonPath result = given().queryParam("search", "health walk").queryParam("postcode", "DM7 1AB")
                .queryParam("per_page", 5).when().get("/service_at_locations").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(result.getString("contents[0].service.name").contains("Walk"), result.prettify());
        assertTrue(result.getLong("contents[0].distance") < 3000, result.prettify());
    }

    @Test
    void aPostcodeOutsideAServiceAreaLeavesOutServicesOnlyForResidents() {
        JsonPath result = given().queryParam("postcode", EASTVALE).queryParam("eligible_as", "carer")
                .queryParam("full", true).queryParam("per_page", 100).when().get("/services").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> services = result.getList("contents");
        assertFalse(services.isEmpty());
        for (Map<String, Object> service : services) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> areas = (List<Map<String, Object>>) service.get("service_areas");
            assertTrue(areas.isEmpty() || areas.stream().anyMatch(a -> "Eastvale".equals(a.get("name"))),
                    service.get("name") + " does not cover Eastvale");
        }
        int everywhere = given().queryParam("per_page", 1).when().get("/services").then().extract()
                .path("total_items");
        assertTrue(result.getInt("total_items") < everywhere);
    }

    @Test
    void dayAndTimesMatchOneSession() {
        for (Map<String, Object> service : all(Map.of("day", "saturday", "start_time", "09:30", "end_time",
                "10:30", "full", "true"))) {
            assertTrue(schedules(service).stream().anyMatch(s -> ((String) s.get("byday")).contains("SA")
                    && LocalTime.parse((String) s.get("closes_at")).isAfter(LocalTime.of(9, 30))
                    && LocalTime.parse((String) s.get("opens_at")).isBefore(LocalTime.of(10, 30))),
                    service.get("name") + " has no Saturday session at that time");
        }
    }

    @Test
    void freeLanguageDeliveryAndOrganisationFilters() {
        List<Map<String, Object>> free = all(Map.of("free", "true"));
        assertFalse(free.isEmpty());
        free.forEach(s -> costs(s).forEach(c -> assertEquals(0.0, ((Number) c.get("amount")).doubleValue())));
        all(Map.of("free", "false")).forEach(s -> assertTrue(
                costs(s).stream().anyMatch(c -> ((Number) c.get("amount")).doubleValue() > 0)));

        List<Map<String, Object>> polish = all(Map.of("language", "pl"));
        assertFalse(polish.isEmpty());
        polish.forEach(s -> assertTrue(s.get("languages").toString().contains("code=pl"), s.get("name") + ""));
        assertEquals(polish.size(), all(Map.of("language", "Polish")).size());

        List<Map<String, Object>> byPhone = all(Map.of("delivery_mode", "phone"));
        assertFalse(byPhone.isEmpty());
        byPhone.forEach(s -> assertTrue(((List<?>) s.get("delivery_modes")).contains("phone")));

        String riverside = "11111111-1111-4111-8111-111111111111";
        List<Map<String, Object>> ofOne = all(Map.of("organization_id", riverside));
        assertEquals(5, ofOne.size());
        ofOne.forEach(s -> assertEquals(riverside, s.get("organization_id")));
    }

    @Test
    void eligibilityLeavesOutServicesForOthers() {
        List<Map<String, Object>> carer = all(Map.of("eligible_as", "carer"));
        assertTrue(carer.stream().anyMatch(s -> ((List<?>) s.get("eligibility_criteria")).contains("carer")));
        carer.forEach(s -> assertTrue(List.of("carer", "lives_in_area")
                .containsAll((List<?>) s.get("eligibility_criteria")), s.get("name") + ""));
        assertTrue(all(Map.of()).stream()
                .anyMatch(s -> ((List<?>) s.get("eligibility_criteria")).contains("veteran")));
    }

    @Test
    void modifiedAfterSelectsRecentChanges() {
        given().queryParam("modified_after", "2099-01-01").when().get("/services").then().statusCode(200)
                .body("total_items", equalTo(0));
        given().queryParam("modified_after", "2020-01-01T00:00:00Z").when().get("/services").then()
                .statusCode(200).body("total_items", equalTo(OrukPublicApiTest.PUBLIC_DEMO_SERVICES));
    }

    @Test
    void openNowAgreesWithEachServicesNextSession() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/London"));
        List<String> openNow = all(Map.of("open_now", "true")).stream().map(s -> (String) s.get("name")).toList();
        List<String> expected = new ArrayList<>();
        for (Map<String, Object> service : all(Map.of())) {
            @SuppressWarnings("unchecked")
            Map<String, String> next = (Map<String, String>) service.get("next_session");
            if (next != null && next.get("date").equals(now.toLocalDate().toString())
                    && !LocalTime.parse(next.get("opens_at")).isAfter(now.toLocalTime())) {
                expected.add((String) service.get("name"));
            }
        }
        assertEquals(expected.stream().sorted().toList(), openNow.stream().sorted().toList());
    }

    @Test
    void fullRecordsCarryLocationsSchedulesAndContactsAndConform() {
        String id = given().queryParam("search", "Tuesday Riverside Health Walk").when().get("/services").then()
                .extract().path("contents[0].id");
        String service = given().when().get("/services/" + id).then().statusCode(200)
                .body("service_at_locations[0].location.addresses[0].postal_code", containsString("DM"))
                .body("service_at_locations[0].schedules[0].byday", equalTo("TU"))
                .body("service_at_locations[0].schedules[0].opens_at", equalTo("10:00"))
                .body("contacts[0].phones[0].number", containsString("01632"))
                .body("cost_options[0].amount", equalTo(0.0f)).body("next_session.opens_at", equalTo("10:00"))
                .extract().asString();
        HsdsSchemas.assertConforms("service.json", service);
        String salId = JsonPath.from(service).getString("service_at_locations[0].id");
        String sal = given().when().get("/service_at_locations/" + salId).then().statusCode(200)
                .body("service.name", equalTo("Tuesday Riverside Health Walk")).extract().asString();
        HsdsSchemas.assertConforms("service_at_location.json", sal);
        given().when().get("/service_at_locations/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void preferFreshPutsListingsOverdueForReviewLast() {
        List<Map<String, Object>> services = all(Map.of("prefer_fresh", "true"));
        assertEquals(OrukPublicApiTest.PUBLIC_DEMO_SERVICES, services.size());
        assertTrue(assertFreshFirst(services), "the demo directory has stale listings to put last");
        // With words too: fresh matches first, the words deciding among them.
        assertFreshFirst(all(Map.of("search", "group", "prefer_fresh", "true")));
    }

    /** Asserts no fresh listing comes after a stale one; says whether there was a stale one. */
    private static boolean assertFreshFirst(List<Map<String, Object>> services) {
        LocalDate staleBefore = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(6);
        boolean seenStale = false;
        for (Map<String, Object> service : services) {
            boolean stale = LocalDate.parse((String) service.get("assured_date")).isBefore(staleBefore);
            assertFalse(seenStale && !stale, service.get("name") + " is fresh but comes after a stale listing");
            seenStale |= stale;
        }
        return seenStale;
    }

    @Test
    void ndjsonStreamsEveryMatchAsAFullRecordPerLine() {
        String body = given().queryParam("format", "ndjson").when().get("/services").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        String[] lines = body.strip().split("\n");
        assertEquals(OrukPublicApiTest.PUBLIC_DEMO_SERVICES, lines.length);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : lines) {
            HsdsSchemas.assertConforms("service.json", line);
            ids.add(JsonPath.from(line).getString("id"));
        }
        assertEquals(lines.length, ids.size(), "each service once");
        String filtered = given().queryParam("format", "ndjson").queryParam("language", "pl").when()
                .get("/services").then().statusCode(200).extract().asString();
        assertEquals(all(Map.of("language", "pl")).size(), filtered.strip().split("\n").length);
        given().queryParam("format", "xml").when().get("/services").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postcode=ZZ99 9ZZ | postcode | not a postcode we know",
            "postcode=12345 | postcode | not a UK postcode",
            "proximity=500 | proximity | needs a postcode",
            "postcode=DM1 1AB&proximity=0 | proximity | whole number",
            "lat=52.9 | lon | go together",
            "lat=north&lon=1 | lat | number",
            "sort=distance | sort | needs a postcode",
            "sort=random | sort | relevance, distance or name",
            "day=Funday | day | day of the week",
            "start_time=25:00 | start_time | HH:MM",
            "start_time=18:00&end_time=09:00 | end_time | after start_time",
            "free=maybe | free | true or false",
            "language=<script> | language | language code",
            "delivery_mode=teleport | delivery_mode | in_person",
            "eligible_as=wizard | eligible_as | carer",
            "modified_after=yesterday | modified_after | date",
            "minimum_age=60&maximum_age=20 | maximum_age | minimum_age",
            "organization_id=acme | organization_id | UUID",
            "prefer_fresh=yes | prefer_fresh | true or false"})
    void badParametersAre400NamingTheParameter(String query, String parameter, String message) {
        for (String path : List.of("/services", "/service_at_locations")) {
            var request = given();
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.queryParam(kv[0], kv[1]);
            }
            request.when().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(parameter))
                    .body("violations[0].message", containsString(message));
        }
    }

    /** Every published service the filters select (all pages). */
    private static List<Map<String, Object>> all(Map<String, String> filters) {
        List<Map<String, Object>> services = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonPath json = given().queryParams(filters).queryParam("per_page", 100).queryParam("page", page).when()
                    .get("/services").then().statusCode(200).extract().jsonPath();
            services.addAll(json.getList("contents"));
            if (json.getBoolean("last_page") || json.getBoolean("empty")) {
                return services;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> schedules(Map<String, Object> service) {
        List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) service.get("schedules"));
        ((List<Map<String, Object>>) service.get("service_at_locations"))
                .forEach(sal -> all.addAll((List<Map<String, Object>>) sal.get("schedules")));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> costs(Map<String, Object> service) {
        return (List<Map<String, Object>>) service.get("cost_options");
    }
}
