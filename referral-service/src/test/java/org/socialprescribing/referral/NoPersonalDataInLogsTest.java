package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.rest.EventView;
import org.socialprescribing.referral.rest.MoveRequest;
import org.socialprescribing.referral.rest.NewReferral;
import org.socialprescribing.referral.rest.PersonDetails;
import org.socialprescribing.referral.rest.ReferralView;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A whole journey (refer, bad input, read as staff, move, a refused move, export, erase) with a known name, e-mail,
 * phone, postcode and free text, then the service's log (the test profile writes it to a file, this service's debug
 * lines included) searched for each: none may be there. And the objects that carry personal data print none of it
 * in {@code toString}, so no exception message or log line can carry it by accident.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class NoPersonalDataInLogsTest {

    private static final Path LOG = Path.of("target/test-logs/referral-service.log");

    private static final String GIVEN = "Philippa";
    private static final String FAMILY = "Quennell-Ashdown";
    private static final String EMAIL = "p.quennell-ashdown@example.org";
    private static final String PHONE = "07700 900461";
    private static final String POSTCODE = "ZE2 9QX";
    private static final String FREE_TEXT = "Worried about my landlord Tregothnan";
    private static final String NHS = "9434765870";
    private static final List<String> PERSONAL = List.of(GIVEN, FAMILY, EMAIL, PHONE, "07700900461", POSTCODE,
            "ZE29QX", "Tregothnan", NHS, "not-an-email-Quennell");

    @Test
    void aWholeJourneyLeavesNoPersonalDataInTheLog() throws IOException {
        long start = Files.exists(LOG) ? Files.size(LOG) : 0;

        String person = "{\"given_name\": \"" + GIVEN + "\", \"family_name\": \"" + FAMILY + "\", \"email\": \""
                + EMAIL + "\", \"phone\": \"" + PHONE + "\", \"postcode\": \"" + POSTCODE.toLowerCase(Locale.ROOT)
                + "\", \"nhs_number\": \"" + NHS + "\"}";
        String id = given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON)
                .body("{\"consent_to_contact\": true, \"free_text\": \"" + FREE_TEXT + "\", \"person\": " + person
                        + "}")
                .when().post("/referrals").then().statusCode(201).extract().path("id");
        // Bad input carrying personal data: refused without echoing it to the log
        given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON)
                .body("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"" + GIVEN
                        + "\", \"email\": \"not-an-email-Quennell\", \"nhs_number\": \"9434765871\"}}")
                .when().post("/referrals").then().statusCode(422);
        given().auth().oauth2(Tokens.of("linkworker1")).contentType(ContentType.JSON)
                .body("{\"consent_to_contact\": \"" + FAMILY + "\"}").when().post("/referrals").then()
                .statusCode(400);

        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals/" + id + "/timeline").then()
                .statusCode(200);
        Referrals.move("linkworker1", id, "{\"move\": \"triage\", \"note\": \"Spoke to " + GIVEN + "\"}")
                .statusCode(200);
        Referrals.move("linkworker1", id, "{\"move\": \"join_group\", \"note\": \"" + FAMILY + "\"}")
                .statusCode(409);
        String personId = People.audit("referral_id=" + id).extract().path("items[0].person_id");
        given().auth().oauth2(Tokens.of("coordinator1")).when().get("/people/" + personId + "/export").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("coordinator1")).header("X-Audit-Reason", "their request").when()
                .delete("/people/" + personId).then().statusCode(204);

        String marker = "journey-done-" + UUID.randomUUID();
        Logger.getLogger(NoPersonalDataInLogsTest.class).debug(marker);
        String log = readFrom(start);
        assertTrue(log.contains(marker), "the log file did not get this test's own debug line: nothing was searched");
        assertEquals(List.of(), PERSONAL.stream().filter(p -> log.toLowerCase(Locale.ROOT)
                .contains(p.toLowerCase(Locale.ROOT))).toList(), "personal data in the service's log");
    }

    @Test
    void whatCarriesPersonalDataPrintsNoneOfItInToString() {
        PersonDetails details = new PersonDetails(GIVEN, FAMILY, EMAIL, PHONE, List.of("phone"), "after six",
                POSTCODE, LocalDate.of(1960, 5, 1), null, "en", "uses a wheelchair", NHS);
        NewReferral referral = new NewReferral(details, List.of("debt"), FREE_TEXT, null, null, true);
        ReferralView.PersonView view = new ReferralView.PersonView(GIVEN, FAMILY, EMAIL, PHONE, List.of(),
                "after six", POSTCODE, null, null, "en", "uses a wheelchair", NHS);
        ReferralView full = new ReferralView(UUID.randomUUID(), "SP-0000-0000", null, null, null, null, List.of(),
                FREE_TEXT, null, null, 0, Instant.EPOCH, null, null, 0, null, view, 0);
        EventView event = new EventView(Instant.EPOCH, "someone", null, "triage", null, null, FREE_TEXT);
        MoveRequest move = new MoveRequest(MoveRequest.Move.TRIAGE, null, "Spoke to " + GIVEN);
        Person entity = new Person();
        entity.givenName = GIVEN;
        entity.email = EMAIL;
        entity.postcode = POSTCODE;

        for (Object carrier : List.of(details, referral, view, full, event, move, entity)) {
            String printed = carrier.toString();
            assertEquals(List.of(), PERSONAL.stream().filter(printed::contains).toList(),
                    carrier.getClass().getSimpleName() + ".toString() prints personal data");
        }
    }

    private static String readFrom(long start) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long from = file.length() < start ? 0 : start;
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
