package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What a federated feed must not be able to do: store a link that runs script in the portal, attach its services
 * to a local charity by naming itself after it, or put its records' values into the log through a database error.
 */
@QuarkusTest
@WithTestResource(DirectoryTestResource.class)
class FeedHardeningTest {

    private static StandInFeed council;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startCouncil() throws IOException {
        council = new StandInFeed();
    }

    @AfterAll
    static void stopCouncil() {
        council.close();
    }

    @Test
    void aFeedRecordWithAScriptAddressIsReportedAndTheRestOfTheFeedLands() {
        ObjectNode good = StandInFeed.service("x1", "Xaville Good Walk", "xo1", "Xaville Walkers", "xl1")
                .put("url", "https://walkers.example/walk");
        ObjectNode serviceUrl = StandInFeed.service("x2", "Xaville Script Url", "xo1", "Xaville Walkers", "xl1")
                .put("url", "javascript:alert(document.cookie)");
        ObjectNode website = StandInFeed.service("x3", "Xaville Script Website", "xo3", "Xaville Script Org", "xl1");
        ((ObjectNode) website.get("organization")).put("website", " javascript:fetch('//evil.example')");
        ObjectNode oldStyle = StandInFeed.service("x4", "Xaville Script Org Url", "xo4", "Xaville Old Org", "xl1");
        ((ObjectNode) oldStyle.get("organization")).put("url", "JavaScript:alert(1)");
        ObjectNode access = StandInFeed.service("x5", "Xaville Script Access", "xo1", "Xaville Walkers", "xl5");
        ((ObjectNode) access.at("/service_at_locations/0/location")).putArray("accessibility").addObject()
                .put("description", "Step-free").put("url", "data:text/html,<script>alert(1)</script>");
        ObjectNode area = StandInFeed.service("x6", "Xaville Script Area", "xo1", "Xaville Walkers", "xl1");
        area.putArray("service_areas").addObject().put("name", "Xaville").put("uri", "vbscript:msgbox(1)");
        ObjectNode contact = StandInFeed.service("x7", "Xaville Script Contact", "xo1", "Xaville Walkers", "xl1");
        ((ObjectNode) contact.at("/contacts/0")).put("email", "javascript:alert(1)//@example.org");
        ObjectNode mail = StandInFeed.service("x8", "Xaville Script Mail", "xo1", "Xaville Walkers", "xl1")
                .put("email", "walks@example.org?bcc=everyone@example.org");
        council.feed("scripted").serve(good, serviceUrl, website, oldStyle, access, area, contact, mail);

        JsonPath report = FeedImportTest.pull(FeedImportTest.register("Scripted Council", council.url("scripted")));
        assertEquals(1, report.getInt("created"), report.prettify());
        assertEquals(7, report.getInt("skipped"), report.prettify());
        List<Map<String, String>> problems = report.getList("problems");
        Map<String, String> fields = Map.of("x2", "url", "x3", "organization.website", "x4", "organization.url",
                "x5", "service_at_locations[0].location.accessibility[0].url", "x6", "service_areas[0].uri", "x7",
                "contacts[0].email", "x8", "email");
        fields.forEach((record, field) -> assertTrue(problems.stream()
                .anyMatch(p -> record.equals(p.get("record")) && field.equals(p.get("field"))),
                record + " " + field + ": " + problems));

        String goodId = FeedImportTest.idOfService("Xaville Good Walk");
        given().when().get("/services/" + goodId).then().statusCode(200)
                .body("url", equalTo("https://walkers.example/walk"));
        given().queryParam("search", "Xaville Script").when().get("/services").then().statusCode(200)
                .body("contents.name", not(hasItem(startsWith("Xaville Script"))));
        given().queryParam("search", "Xaville").when().get("/organizations").then().statusCode(200)
                .body("contents.name", not(hasItem("Xaville Script Org")))
                .body("contents.name", not(hasItem("Xaville Old Org")));
        // The editors' API keeps the same rule.
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Xaville Editors", "website", "javascript:alert(1)")).when()
                .post("/organizations").then().statusCode(422).body("violations.field", hasItem("website"));
    }

    @Test
    void aRecordWhoseIdCannotBeStoredIsSkippedAndTheRunCompletes() {
        ObjectNode good = StandInFeed.service("n1", "Nullbury Walk", "no1", "Nullbury Walkers", "nl1");
        ObjectNode nul = StandInFeed.service("n2\u0000x", "Nullbury Hidden", "no1", "Nullbury Walkers", "nl1");
        council.feed("nul-id").serve(good, nul);

        JsonPath report = FeedImportTest.pull(FeedImportTest.register("Nul Council", council.url("nul-id")));
        assertEquals("completed_with_problems", report.getString("outcome"), report.prettify());
        assertEquals(1, report.getInt("created"), report.prettify());
        assertEquals(1, report.getInt("skipped"), report.prettify());
    }

    @Test
    void aFeedOrganisationNamedLikeALocalCharityGetsItsOwnRecordAndIsFlaggedForACoordinator() {
        String localOrg = given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Hartwell Carers Network", "description", "Local carers"))
                .when().post("/organizations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", localOrg, "name", "Hartwell Carers Cafe")).when().post("/listings")
                .then().statusCode(201);
        council.feed("lookalike").serve(StandInFeed.service("h1", "Hartwell Carers Helpline", "ho1",
                "The Hartwell Carers Network Ltd", "hl1"));
        String feedId = FeedImportTest.register("Lookalike Council", council.url("lookalike"));

        JsonPath report = FeedImportTest.pull(feedId);
        assertEquals(1, report.getInt("created"), report.prettify());
        assertEquals(0, report.getInt("matched"), report.prettify());
        String imported = given().when().get("/services/" + FeedImportTest.idOfService("Hartwell Carers Helpline"))
                .then().statusCode(200).extract().path("organization.id");
        assertNotEquals(localOrg, imported, "the feed's service must not be shown as the local charity's");
        given().queryParam("organization_id", localOrg).when().get("/services").then()
                .body("contents.name", equalTo(List.of("Hartwell Carers Cafe")));
        Map<String, String> flagged = Map.of("feed_organization_id", "ho1", "feed_organization_name",
                "The Hartwell Carers Network Ltd", "imported_organization_id", imported, "organization_id",
                localOrg, "organization_name", "Hartwell Carers Network");
        assertEquals(List.of(flagged), report.getList("possible_matches"), report.prettify());

        // Until a coordinator decides, every run shows it again.
        JsonPath again = FeedImportTest.pull(feedId);
        assertEquals(1, again.getInt("unchanged"), again.prettify());
        assertEquals(List.of(flagged), again.getList("possible_matches"), again.prettify());

        // Confirmed: only a coordinator, only the feed's own organisation into a published one it does not keep.
        String confirm = "/feeds/" + feedId + "/possible_matches/confirm";
        Map<String, String> body = Map.of("imported_organization_id", imported, "organization_id", localOrg);
        given().contentType(ContentType.JSON).body(body).when().post(confirm).then().statusCode(401);
        given().auth().oauth2(Tokens.of("editor1")).contentType(ContentType.JSON).body(body).when().post(confirm)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON)
                .body(Map.of("imported_organization_id", localOrg, "organization_id", imported)).when()
                .post(confirm).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("imported_organization_id"));
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(body).when()
                .post("/feeds/00000000-0000-4000-8000-000000000000/possible_matches/confirm").then().statusCode(404);
        given().auth().oauth2(Tokens.of("coordinator1")).contentType(ContentType.JSON).body(body).when()
                .post(confirm).then().statusCode(200).body("organization_id", equalTo(localOrg))
                .body("services_moved", equalTo(1));
        String helpline = FeedImportTest.idOfService("Hartwell Carers Helpline");
        given().when().get("/services/" + helpline).then().body("organization.id", equalTo(localOrg));
        given().when().get("/organizations/" + imported).then().statusCode(404);
        // The feed still keeps its service, now under the local organisation; nothing more to confirm.
        JsonPath after = FeedImportTest.pull(feedId);
        assertEquals(1, after.getInt("unchanged"), after.prettify());
        assertEquals(List.of(), after.getList("possible_matches"), after.prettify());
        given().when().get("/services/" + helpline).then().body("organization.id", equalTo(localOrg));
    }

    @Test
    void feedsWhoseOrganisationsCarryTheSameCharityNumberShareOneOrganisation() {
        ObjectNode first = StandInFeed.service("ch1", "Ashby Shed Tuesdays", "cho1", "Ashby Men's Shed", "chl1");
        ((ObjectNode) first.get("organization")).putArray("organization_identifiers").addObject()
                .put("identifier_scheme", "GB-CHC").put("identifier", "1123456");
        council.feed("charity-a").serve(first);
        assertEquals(1, FeedImportTest.pull(FeedImportTest.register("Charity A", council.url("charity-a")))
                .getInt("created"));
        String ashby = given().when().get("/services/" + FeedImportTest.idOfService("Ashby Shed Tuesdays")).then()
                .extract().path("organization.id");

        ObjectNode second = StandInFeed.service("ch2", "Ashby Shed Saturdays", "other-id", "Ashby Shed CIO", "chl2");
        ((ObjectNode) second.get("organization")).putArray("organization_identifiers").addObject()
                .put("identifier_type", "Registered Charity Number").put("identifier", " 1123 456");
        council.feed("charity-b").serve(second);
        JsonPath report = FeedImportTest.pull(FeedImportTest.register("Charity B", council.url("charity-b")));
        assertEquals(1, report.getInt("created"), report.prettify());
        given().when().get("/services/" + FeedImportTest.idOfService("Ashby Shed Saturdays")).then()
                .body("organization.id", equalTo(ashby)).body("organization.name", equalTo("Ashby Men's Shed"));
    }

    @Test
    void aRecordTheDatabaseRefusesIsLoggedByErrorIdWithoutItsValues() throws SQLException {
        ObjectNode service = StandInFeed.service("pd1", "Pendle Drop-in", "pdo1", "Pendle Friends", "pdl1");
        ((ObjectNode) service.at("/contacts/0")).put("name", "Jane Quellmoor")
                .put("email", "jane.quellmoor@example.org");
        council.feed("refused").serve(service);
        String feedId = FeedImportTest.register("Refused Council", council.url("refused"));
        CapturedLog log = new CapturedLog();
        // The root logger: every library's log too (Hibernate's and the driver's quote failed statements).
        java.util.logging.Logger directory = java.util.logging.Logger.getLogger("");
        // A constraint the feed's record breaks: PostgreSQL's message quotes the failing row, as it does for any.
        execute("ALTER TABLE contact ADD CONSTRAINT test_refuses_quellmoor CHECK (name <> 'Jane Quellmoor') NOT VALID");
        directory.addHandler(log);
        JsonPath report;
        try {
            report = FeedImportTest.pull(feedId);
        } finally {
            directory.removeHandler(log);
            execute("ALTER TABLE contact DROP CONSTRAINT test_refuses_quellmoor");
        }

        assertEquals(1, report.getInt("skipped"), report.prettify());
        String reason = report.getString("problems[0].reason");
        Matcher errorId = Pattern.compile("error id ([0-9a-f-]{36})").matcher(reason);
        assertTrue(errorId.find(), reason);
        String logged = log.text();
        assertTrue(logged.contains(errorId.group(1)), "the error id is logged: " + logged);
        for (String value : List.of("Quellmoor", "quellmoor@example.org")) {
            assertFalse(logged.contains(value), "logged: " + logged);
            assertFalse(report.prettify().contains(value), report.prettify());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every record the service logs while installed, as an operator's log would show it (message and trace). */
    private static final class CapturedLog extends Handler {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                lines.add(formatter.format(record));
            }
        }

        String text() {
            return String.join("\n", lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
