package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.directory.service.FeedService;
import org.socialprescribing.testsupport.Tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Federated feeds against a stand-in council API on loopback: good records land with their provenance, bad ones
 * are reported and leave nothing behind, records the directory has already are matched instead of duplicated, a
 * second pull updates, keeps and withdraws, failing and slow feeds are retried, and only coordinators manage feeds.
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class FeedImportTest {

    private static StandInFeed council;

    @Inject
    FeedService feeds;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @BeforeAll
    static void startCouncil() throws IOException {
        council = new StandInFeed();
    }

    @AfterAll
    static void stopCouncil() {
        council.close();
    }

    static String register(String name, String url) {
        return given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "base_url", url, "refresh_minutes", 60)).when().post("/feeds")
                .then().statusCode(201).body("running", equalTo(false)).extract().path("id");
    }

    /** Pulls the feed now and waits for the run to end; returns its report. */
    static JsonPath pull(String feedId) {
        String location = given().auth().oauth2(Tokens.of("coordinator1")).when().post("/feeds/" + feedId + "/runs")
                .then().statusCode(202).body("outcome", equalTo("running")).extract().header("Location");
        return awaitEnd(location.substring(location.indexOf("/feeds/")));
    }

    static JsonPath awaitEnd(String runPath) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonPath report = given().auth().oauth2(Tokens.of("coordinator1")).when().get(runPath).then()
                    .statusCode(200).extract().jsonPath();
            if (!"running".equals(report.getString("outcome"))) {
                return report;
            }
            sleep(100);
        }
        throw new AssertionError("The run did not end within 30 s: " + runPath);
    }

    static String idOfService(String name) {
        List<Map<String, Object>> found = given().queryParam("search", name).when().get("/services").then()
                .statusCode(200).extract().path("contents");
        List<Object> ids = found.stream().filter(s -> name.equals(s.get("name"))).map(s -> s.get("id")).toList();
        assertEquals(1, ids.size(), "services named " + name + ": " + ids);
        return (String) ids.get(0);
    }

    @Test
    void aFeedLandsWithItsProvenanceReportsBadRecordsAndMatchesWhatWeHave() {
        // Here already: an organisation and its service, edited here.
        String localOrg = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Millford Befriending Circle", "description", "Phone friends"))
                .when().post("/organizations").then().statusCode(201).extract().path("id");
        String localService = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", localOrg, "name", "Phone Friends", "description", "Weekly calls"))
                .when().post("/listings").then().statusCode(201).extract().path("id");
        String term = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Feedtown netball", "code", "FT-NETBALL")).when().post("/taxonomy_terms")
                .then().statusCode(201).extract().path("id");

        ObjectNode netball = StandInFeed.service("s1", "Feedtown Walking Netball", "o1", "Feedtown Sports Trust",
                "l1");
        netball.putArray("attributes").addObject().putObject("taxonomy_term").put("code", "ft-netball");
        ObjectNode wrongAges = StandInFeed.service("s2", "Feedtown Broken Ages", "o2", "Feedtown Broken Org", "l2");
        wrongAges.put("minimum_age", 60).put("maximum_age", 18);
        ObjectNode badDay = StandInFeed.service("s3", "Feedtown Broken Day", "o2", "Feedtown Broken Org", "l2");
        ((ObjectNode) badDay.get("service_at_locations").get(0).get("schedules").get(0)).put("byday", "XX");
        ObjectNode walk = StandInFeed.service("s4", "Feedtown Health Walk", "o1", "Feedtown Sports Trust", "l1");
        ObjectNode noId = StandInFeed.service("", "Feedtown Nameless", "o1", "Feedtown Sports Trust", "l1");
        ObjectNode theirs = StandInFeed.service("s6", "Phone friends!", "o6", "The Millford Befriending Circle Ltd",
                "l6");
        ObjectNode coffee = StandInFeed.service("s7", "Feedtown Coffee Morning", "o1", "Feedtown Sports Trust", "l1");
        // Someone asked to list an organisation of this name; unverified, it must not take the feed's services.
        String hiddenOrg = given().auth().oauth2(Tokens.of("applicant1")).contentType(ContentType.JSON)
                .body(Map.of("organization", Map.of("name", "Feedtown Hidden Club"))).when().post("/join_requests")
                .then().statusCode(201).extract().path("organization.id");
        ObjectNode hidden = StandInFeed.service("s8", "Feedtown Hidden Club Quiz", "o8", "Feedtown Hidden Club", "l8");
        StandInFeed.Behaviour feed = council.feed("north");
        feed.pages = StandInFeed.pages(List.of(netball, wrongAges, badDay, walk, noId, theirs, coffee, hidden), 2);
        String feedId = register("North Council", council.url("north"));

        // Searches asked before a pull are kept as answers (SearchAnswers); the pull's records show in them at once.
        given().queryParam("search", "Feedtown Walking Netball").when().get("/services").then().statusCode(200)
                .body("contents.name", not(hasItem("Feedtown Walking Netball")));
        JsonPath report = pull(feedId);
        assertEquals("completed_with_problems", report.getString("outcome"), report.prettify());
        assertEquals(4, report.getInt("pages_read"));
        assertEquals(5, report.getInt("created"));
        assertEquals(0, report.getInt("matched"));
        assertEquals(3, report.getInt("skipped"));
        assertEquals(0, report.getInt("withdrawn"));
        List<Map<String, String>> problems = report.getList("problems");
        assertTrue(problems.contains(Map.of("record", "s2", "name", "Feedtown Broken Ages", "field", "maximum_age",
                "reason", "The age range is the wrong way round.")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> "s3".equals(p.get("record"))
                && "service_at_locations[0].schedules[0].byday".equals(p.get("field"))), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> "(no id)".equals(p.get("record")) && "id".equals(p.get("field"))),
                problems.toString());

        // The good records are public, whole: place, address, session, contact, cost, language and category.
        String netballId = idOfService("Feedtown Walking Netball");
        String body = given().when().get("/services/" + netballId).then().statusCode(200)
                .body("organization.name", equalTo("Feedtown Sports Trust"))
                .body("service_at_locations[0].location.addresses[0].postal_code", equalTo("DM1 1AA"))
                .body("service_at_locations[0].schedules[0].byday", equalTo("WE"))
                .body("contacts[0].phones[0].number", equalTo("01632 960001"))
                .body("cost_options[0].option", equalTo("Free")).body("languages[0].code", equalTo("en"))
                .body("attributes.taxonomy_term_id", hasItem(term)).extract().asString();
        HsdsSchemas.assertConforms("service.json", body);
        String walkId = idOfService("Feedtown Health Walk");
        // One shared location, not two.
        String locationOfNetball = given().when().get("/services/" + netballId).then().extract()
                .path("service_at_locations[0].location_id");
        given().when().get("/services/" + walkId).then()
                .body("service_at_locations[0].location_id", equalTo(locationOfNetball));
        // Bad records left nothing behind, not even their organisation.
        given().queryParam("search", "Feedtown Broken").when().get("/organizations").then()
                .body("contents", hasSize(0));
        given().queryParam("search", "Feedtown Broken").when().get("/services").then()
                .body("contents.name", not(hasItem(startsWith("Feedtown Broken"))));
        // A name alone is no match: the feed's organisation is its own, flagged for a coordinator, and the local
        // one keeps only its own listing, not overwritten.
        given().queryParam("search", "Millford Befriending").when().get("/organizations").then()
                .body("contents", hasSize(2));
        given().queryParam("organization_id", localOrg).when().get("/services").then().body("contents", hasSize(1))
                .body("contents[0].name", equalTo("Phone Friends"));
        assertEquals(List.of("o6"), report.getList("possible_matches.feed_organization_id"), report.prettify());
        assertEquals(List.of(localOrg), report.getList("possible_matches.organization_id"), report.prettify());
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + localService).then()
                .body("origin_feed_id", nullValue());

        given().when().get("/services/" + idOfService("Feedtown Hidden Club Quiz")).then().statusCode(200)
                .body("organization.id", not(equalTo(hiddenOrg)));

        // Provenance and history: the feed keeps the listing, so editing it here is a conflict.
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + netballId).then().statusCode(200)
                .body("origin_feed_id", equalTo(feedId));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + netballId + "/history").then()
                .statusCode(200).body("[0].action", equalTo("imported"))
                .body("[0].changed_by", equalTo("feed:North Council"))
                .body("[0].changes.external_id", equalTo("s1"));
        given().auth().oauth2(Tokens.of("coordinator1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("organization_id", localOrg, "name", "Hijack")).when().put("/listings/" + netballId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("change it at its source"));
        given().auth().oauth2(Tokens.of("coordinator1")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("places", List.of())).when().put("/listings/" + netballId + "/places").then()
                .statusCode(409);
        given().auth().oauth2(Tokens.of("coordinator1")).when().post("/listings/" + netballId + "/review").then()
                .statusCode(409);

        // Second pull: one changed, one gone, one fixed, one now unreadable (kept as it was, not withdrawn).
        ObjectNode changed = netball.deepCopy().put("description", "Now on Wednesdays and Fridays.");
        wrongAges.put("maximum_age", 99);
        ObjectNode coffeeBroken = coffee.deepCopy().put("status", "sometimes");
        feed.pages = StandInFeed.pages(List.of(changed, wrongAges, badDay, noId, theirs, coffeeBroken, hidden), 2);
        JsonPath second = pull(feedId);
        assertEquals(1, second.getInt("updated"), second.prettify());
        assertEquals(1, second.getInt("created"));
        assertEquals(0, second.getInt("matched"));
        assertEquals(2, second.getInt("unchanged"));
        assertEquals(1, second.getInt("withdrawn"));
        assertEquals(3, second.getInt("skipped"));
        idOfService("Feedtown Coffee Morning");
        given().when().get("/services/" + netballId).then().statusCode(200)
                .body("description", equalTo("Now on Wednesdays and Fridays."))
                .body("service_at_locations", hasSize(1)).body("contacts", hasSize(1));
        given().when().get("/services/" + walkId).then().statusCode(404);
        given().queryParam("search", "Feedtown Health Walk").when().get("/services").then().statusCode(200)
                .body("contents.name", not(hasItem("Feedtown Health Walk")));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/listings/" + walkId + "/history").then()
                .body("[0].action", equalTo("withdrawn"));
        idOfService("Feedtown Broken Ages");

        // Third pull, nothing changed: nothing written; the withdrawn service comes back whole when relisted.
        feed.pages = StandInFeed.pages(List.of(changed, wrongAges, walk, theirs, coffee, hidden), 2);
        JsonPath third = pull(feedId);
        assertEquals("completed", third.getString("outcome"), third.prettify());
        assertEquals(5, third.getInt("unchanged"));
        assertEquals(1, third.getInt("updated"));
        assertEquals(0, third.getInt("withdrawn"));
        given().when().get("/services/" + walkId).then().statusCode(200).body("status", equalTo("active"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + feedId + "/runs").then()
                .statusCode(200).body("", hasSize(3)).body("[0].id", equalTo(third.getString("id")));
    }

    @Test
    void pullingAFeedAgainThatChangesNothingKeepsTheKeptSearchAnswers() {
        String localOrg = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Steadyham Bowls Club")).when().post("/organizations").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", localOrg, "name", "Steadyham Bowls")).when().post("/listings")
                .then().statusCode(201);
        council.feed("steady").serve(
                StandInFeed.service("st1", "Steadyham Tea Dance", "sto1", "Steadyham Dancers", "stl1"),
                StandInFeed.service("st2", "Steadyham Bowls", "sto2", "Steadyham Bowls Club", "stl1"));
        String feedId = register("Steady Council", council.url("steady"));
        JsonPath first = pull(feedId);
        assertEquals(2, first.getInt("created"), first.prettify()); // a name alone matches nothing
        String answer = given().queryParam("search", "Steadyham").when().get("/services").then().statusCode(200)
                .body("contents.name", hasItem("Steadyham Tea Dance")).extract().asString();

        JsonPath again = pull(feedId);
        assertEquals(2, again.getInt("unchanged"), again.prettify());
        double kept = keptAnswers();
        assertEquals(answer, given().queryParam("search", "Steadyham").when().get("/services").then()
                .statusCode(200).extract().asString());
        assertEquals(kept + 1, keptAnswers(), "a pull that changed nothing leaves the kept answer in place");
    }

    @Test
    void anOrganisationRenamedInItsFeedIsShownRenamedInKeptSearchAnswers() {
        StandInFeed.Behaviour feed = council.feed("renaming").serve(StandInFeed.service("rn1",
                "Renwick Knit and Natter", "rno1", "Renwick Knitters", "rnl1"));
        String feedId = register("Renaming Council", council.url("renaming"));
        assertEquals(1, pull(feedId).getInt("created"));
        given().queryParam("search", "Renwick").when().get("/services").then().statusCode(200)
                .body("contents.organization.name", contains("Renwick Knitters"));

        // The same service; only its organisation's name differs (the service's record carries its organisation).
        feed.serve(StandInFeed.service("rn1", "Renwick Knit and Natter", "rno1", "Renwick Knitting Circle", "rnl1"));
        JsonPath again = pull(feedId);
        assertEquals(1, again.getInt("updated"), again.prettify());
        given().queryParam("search", "Renwick").when().get("/services").then().statusCode(200)
                .body("contents.organization.name", contains("Renwick Knitting Circle"));
    }

    @Test
    void aPlaceThatMovesInItsFeedIsFoundWhereItNowIs() {
        ObjectNode walk = StandInFeed.service("mv1", "Moveton Riverside Walk", "mvo1", "Moveton Ramblers", "mvl1");
        ObjectNode location = (ObjectNode) walk.at("/service_at_locations/0/location");
        location.put("latitude", 54.2).put("longitude", -1.2);
        StandInFeed.Behaviour feed = council.feed("moving").serve(walk);
        String feedId = register("Moving Council", council.url("moving"));
        assertEquals(1, pull(feedId).getInt("created"));
        assertFoundNear(54.2, -1.2, "Moveton Riverside Walk");

        location.put("latitude", 54.3); // about 11 km north
        feed.serve(walk);
        assertEquals(1, pull(feedId).getInt("updated"));
        assertFoundNear(54.3, -1.2, "Moveton Riverside Walk");
        for (String path : List.of("/service_at_locations", "/services")) { // asked before the move: not kept
            given().queryParam("search", "Moveton").queryParam("lat", 54.2).queryParam("lon", -1.2)
                    .queryParam("proximity", 100).when().get(path).then().statusCode(200)
                    .body("total_items", equalTo(0));
        }
    }

    /** Both searches around the point find the service within 100 m, and say how far it is. */
    private static void assertFoundNear(double latitude, double longitude, String name) {
        given().queryParam("search", "Moveton").queryParam("lat", latitude).queryParam("lon", longitude)
                .queryParam("proximity", 100).when().get("/service_at_locations").then().statusCode(200)
                .body("contents.service.name", org.hamcrest.Matchers.contains(name))
                .body("contents[0].distance", org.hamcrest.Matchers.lessThan(100));
        given().queryParam("search", "Moveton").queryParam("lat", latitude).queryParam("lon", longitude)
                .queryParam("proximity", 100).when().get("/services").then().statusCode(200)
                .body("contents.name", org.hamcrest.Matchers.contains(name))
                .body("contents[0].distance", org.hamcrest.Matchers.lessThan(100));
    }

    double keptAnswers() {
        return metrics.get("cache.gets").tag("cache", "directory-search-answers").tag("result", "hit")
                .functionCounter().count();
    }

    @Test
    void feedsWhoseListsLeaveOutTheDetailAreReadRecordByRecord() {
        StandInFeed.Behaviour feed = council.feed("brief");
        feed.summariesOnly = true;
        feed.serve(StandInFeed.service("b1", "Briefton Knit and Natter", "bo1", "Briefton Crafts", "bl1"));
        JsonPath report = pull(register("Brief Council", council.url("brief")));
        assertEquals(1, report.getInt("created"), report.prettify());
        given().when().get("/services/" + idOfService("Briefton Knit and Natter")).then()
                .body("service_at_locations[0].location.name", equalTo("Feedtown Community Hall"));
    }

    @Test
    void aFailingPageIsRetriedAndAFeedThatStaysDownFailsWithoutWithdrawingAnything() {
        StandInFeed.Behaviour flaky = council.feed("flaky");
        flaky.serve(StandInFeed.service("f1", "Flakeby Men's Shed", "fo1", "Flakeby Sheds", "fl1"));
        flaky.failuresLeft.set(1);
        String flakyId = register("Flaky Council", council.url("flaky"));
        assertEquals("completed", pull(flakyId).getString("outcome"));
        idOfService("Flakeby Men's Shed");

        // A page slower than the timeout is asked for again.
        flaky.slowLeft.set(1);
        flaky.delayMillis = 2500;
        JsonPath slow = pull(flakyId);
        assertEquals("completed", slow.getString("outcome"), slow.prettify());
        assertEquals(1, slow.getInt("unchanged"));

        // Down for longer than the retries: the run fails, says why, and withdraws nothing.
        flaky.failuresLeft.set(10);
        flaky.failWith = 500;
        JsonPath down = pull(flakyId);
        assertEquals("failed", down.getString("outcome"));
        assertTrue(down.getString("error").contains("HTTP 500"), down.getString("error"));
        assertEquals(0, down.getInt("withdrawn"));
        idOfService("Flakeby Men's Shed");
        flaky.failuresLeft.set(0);

        String missing = register("Missing Council", council.url("nobody-here"));
        JsonPath notFound = pull(missing);
        assertEquals("failed", notFound.getString("outcome"));
        assertTrue(notFound.getString("error").contains("HTTP 404"), notFound.getString("error"));
    }

    @Test
    void aFeedIsPulledAgainOnlyWhenItsRefreshIntervalHasPassed() {
        council.feed("scheduled").serve(StandInFeed.service("sc1", "Schedton Lunch Club", "sco1", "Schedton Lunches",
                "scl1"));
        String feedId = register("Scheduled Council", council.url("scheduled"));
        feeds.pullDue();
        List<Map<String, Object>> runs = given().auth().oauth2(Tokens.of("coordinator1")).when()
                .get("/feeds/" + feedId + "/runs").then().statusCode(200).extract().path("");
        assertEquals(1, runs.size());
        assertEquals("scheduled", runs.get(0).get("trigger"));
        assertEquals("completed", runs.get(0).get("outcome"));
        feeds.pullDue();
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + feedId + "/runs").then()
                .body("", hasSize(1));
        // A paused feed is never pulled, however long ago it ran (this one never has).
        String paused = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Paused Council", "base_url", council.url("scheduled-paused"), "enabled", false))
                .when().post("/feeds").then().statusCode(201).body("enabled", equalTo(false)).extract().path("id");
        feeds.pullDue();
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + paused + "/runs").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void aFeedBeingPulledCannotBePulledTwice() {
        StandInFeed.Behaviour feed = council.feed("busy")
                .serve(StandInFeed.service("bu1", "Busyton Choir", "buo1", "Busyton Voices", "bul1"));
        feed.slowLeft.set(1);
        feed.delayMillis = 1000;
        String feedId = register("Busy Council", council.url("busy"));
        String location = given().auth().oauth2(Tokens.of("coordinator1")).when().post("/feeds/" + feedId + "/runs")
                .then().statusCode(202).extract().header("Location");
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + feedId).then()
                .body("running", equalTo(true));
        given().auth().oauth2(Tokens.of("coordinator1")).when().post("/feeds/" + feedId + "/runs").then()
                .statusCode(409).contentType("application/problem+json");
        assertEquals("completed", awaitEnd(location.substring(location.indexOf("/feeds/"))).getString("outcome"));
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + feedId).then()
                .body("running", equalTo(false));
    }

    @Test
    void anonymousGets401() {
        given().when().get("/feeds").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "base_url", "https://x.example"))
                .when().post("/feeds").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident1", "linkworker1", "editor1", "commissioner1"})
    void onlyCoordinatorsManageFeeds(String user) {
        String feedId = register("Access Council " + user, council.url("access-" + user));
        given().auth().oauth2(Tokens.of(user)).when().get("/feeds").then().statusCode(403);
        given().auth().oauth2(Tokens.of(user)).when().get("/feeds/" + feedId).then().statusCode(403);
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "base_url", "https://x.example")).when().post("/feeds").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "base_url", "https://x.example")).when().put("/feeds/" + feedId).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of(user)).when().post("/feeds/" + feedId + "/runs").then().statusCode(403);
        given().auth().oauth2(Tokens.of(user)).when().get("/feeds/" + feedId + "/runs").then().statusCode(403);
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("imported_organization_id", feedId, "organization_id", feedId)).when()
                .post("/feeds/" + feedId + "/possible_matches/confirm").then().statusCode(403);
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds").then().statusCode(200)
                .body("id", hasItem(feedId));
    }

    @Test
    void badFeedBodiesAre4xxAndChangeNothing() {
        String url = council.url("bad-bodies");
        String feedId = register("Bad Bodies Council", url);
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{Map.of("base_url", url), 422, "name"});
        cases.add(new Object[]{Map.of("name", "X", "base_url", "ftp://files.example/feed"), 422, "base_url"});
        cases.add(new Object[]{Map.of("name", "X", "base_url", "not a url"), 422, "base_url"});
        cases.add(new Object[]{Map.of("name", "X", "base_url", url, "refresh_minutes", 5), 422, "refresh_minutes"});
        for (Object[] c : cases) {
            given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(c[0]).when()
                    .put("/feeds/" + feedId).then().statusCode((int) c[1]).contentType("application/problem+json")
                    .body("violations.field", hasItem(c[2]));
        }
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/feeds").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Copy", "base_url", url)).when().post("/feeds").then().statusCode(409);
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + feedId).then()
                .body("name", equalTo("Bad Bodies Council")).body("base_url", equalTo(url))
                .body("refresh_minutes", equalTo(60));
        given().auth().oauth2(Tokens.of("coordinator1")).when()
                .get("/feeds/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).when()
                .post("/feeds/00000000-0000-4000-8000-000000000000/runs").then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).when()
                .get("/feeds/" + feedId + "/runs/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/feeds/" + feedId + "/runs?page=0").then()
                .statusCode(400);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
