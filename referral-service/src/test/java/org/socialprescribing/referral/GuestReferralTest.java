package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logging.Logger.Level;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A guest refers themselves with no account, gets a reference and a secret once, and later sees the status with
 * both (never with the reference alone); a filled honeypot, a missing way to contact them and malformed pairs are
 * refused and store nothing; the secret is kept only as a hash and never logged.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class GuestReferralTest {

    @Inject
    StoredRows stored;

    @Test
    void aGuestGetsAReferenceAndASecretOnceAndOnlyItsHashIsStored() {
        var answer = Guests.refer(Guests.REFERRAL).statusCode(201)
                .body("reference", matchesPattern("SP-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}")).body("state", equalTo("received"))
                .body("$", not(hasKey("person"))).extract();
        String reference = answer.path("reference");
        String secret = answer.path("secret");
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length, "256 random bits");

        assertEquals("SELF", stored.one("SELECT route FROM referral WHERE reference = ?", reference));
        assertNull(stored.one("SELECT referred_by FROM referral WHERE reference = ?", reference));
        assertNull(stored.one("SELECT assigned_to FROM referral WHERE reference = ?", reference));
        String hash = stored.one("SELECT encode(guest_secret_hash, 'hex') FROM referral WHERE reference = ?",
                reference);
        assertEquals(64, hash.length(), "a SHA-256");
        assertNotEquals(secret, hash);
        assertEquals("GUEST guest received", stored.one("SELECT e.actor_kind || ' ' || e.actor || ' ' || e.kind FROM"
                + " referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.reference = ?", reference));
        assertEquals("CONTACT", stored.one("SELECT c.purpose FROM consent c JOIN referral r ON r.id = c.referral_id"
                + " WHERE r.reference = ?", reference));
        assertEquals("morwenna@example.org DM2 3CD", stored.one("SELECT p.email || ' ' || p.postcode FROM person p"
                + " JOIN referral r ON r.person_id = p.id WHERE r.reference = ?", reference));
    }

    @Test
    void theStatusNeedsTheReferenceAndItsSecretAndShowsNoStaffNamesOrNotes() {
        String[] guest = Guests.referred();
        String id = stored.one("SELECT id FROM referral WHERE reference = ?", guest[0]);
        Referrals.move("coordinator1", id, "{\"move\": \"triage\", \"note\": \"Sounds lonely, call soon\"}")
                .statusCode(200);
        Referrals.move("coordinator1", id, "{\"move\": \"close\", \"closing_reason\": \"moved_away\"}")
                .statusCode(200);

        String body = Guests.status(guest[0], guest[1]).statusCode(200).body("reference", equalTo(guest[0]))
                .body("state", equalTo("closed")).body("closing_reason", equalTo("moved_away"))
                .body("received_at", not(nullValue()))
                .body("timeline.kind", equalTo(List.of("received", "triage", "close")))
                .body("timeline[0]", not(hasKey("actor"))).body("timeline[1]", not(hasKey("note")))
                .extract().asString();
        assertFalse(body.contains("Sounds lonely") || body.contains("Morwenna") || body.contains("actor"), body);
        // The reference is case-blind, as a person may type it
        Guests.status(guest[0].toLowerCase(), guest[1]).statusCode(200);
    }

    @Test
    void aWrongPairIsTheSame404WhetherTheReferenceExistsOrNot() {
        String[] guest = Guests.referred();
        String[] other = Guests.referred();
        String known = Guests.status(guest[0], other[1]).statusCode(404).contentType("application/problem+json")
                .extract().path("detail");
        String unknown = Guests.status("SP-0000-0000", guest[1]).statusCode(404)
                .contentType("application/problem+json").extract().path("detail");
        assertEquals(known, unknown);
        // A resident's or a link worker's referral has no secret: no guess opens it
        String residents = Referrals.by("resident1");
        String reference = stored.one("SELECT reference FROM referral WHERE id = ?::uuid", residents);
        Guests.status(reference, guest[1]).statusCode(404);
    }

    @Test
    void aFilledHoneypotIsRefused422AndStoresNothing() {
        Map<String, Long> before = stored.counts();
        Guests.refer(Guests.REFERRAL.replace("\"consent_to_contact\": true",
                "\"consent_to_contact\": true, \"website\": \"http://spam.example\"")).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("website"));
        assertEquals(before, stored.counts());
    }

    @Test
    void aGuestMustGiveTheirNameAndAWayToContactThem() {
        Map<String, Long> before = stored.counts();
        Guests.refer("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"Ann\"}}").statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("person"));
        Guests.refer("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"Ann\", \"email\": \"\","
                + " \"phone\": \" \"}}").statusCode(422);
        Guests.refer("{\"consent_to_contact\": true, \"person\": {\"phone\": \"01234 567890\"}}").statusCode(422)
                .body("violations.field", hasItem("person.given_name"));
        Guests.refer("{\"consent_to_contact\": true}").statusCode(422).body("violations.field", hasItem("person"));
        Guests.refer("{\"person\": {\"given_name\": \"Ann\", \"phone\": \"01234 567890\"}}").statusCode(422)
                .body("violations.field", hasItem("consent_to_contact"));
        Guests.refer("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"Ann\", \"email\": \"nope\"}}")
                .statusCode(422).body("violations.field", hasItem("person.email"));
        Guests.refer("{\"consent_to_contact\": true, \"needs\": ").statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post("/referrals/guest").then().statusCode(400);
        assertEquals(before, stored.counts());
        // A phone number alone is enough
        Guests.refer("{\"consent_to_contact\": true, \"person\": {\"given_name\": \"Ann\", \"phone\": \"01234"
                + " 567890\"}}").statusCode(201);
    }

    @Test
    void aMalformedReferenceOrSecretIs422NamingTheField() {
        String[] guest = Guests.referred();
        Guests.status(guest[0], "short").statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("secret"));
        Guests.status(guest[0], guest[1] + "!").statusCode(422).body("violations.field", hasItem("secret"));
        Guests.status("12345", guest[1]).statusCode(422).body("violations.field", hasItem("reference"));
        given().contentType(ContentType.JSON).body("{\"reference\": \"" + guest[0] + "\"}").when()
                .post("/referrals/status").then().statusCode(422).body("violations.field", hasItem("secret"));
        // Never in a URL: there is no GET that takes the pair
        given().queryParam("reference", guest[0]).queryParam("secret", guest[1]).when().get("/referrals/status")
                .then().statusCode(not(equalTo(200)));
    }

    @Test
    void neitherTheSecretNorThePersonsDetailsAppearInAnyLogLine() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + java.util.Arrays.toString(record.getParameters()) + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            org.jboss.logging.Logger.getLogger(GuestReferralTest.class).log(Level.INFO, "capture-check");
            String[] guest = Guests.referred();
            Guests.status(guest[0], guest[1]).statusCode(200);
            Guests.status(guest[0], "A".repeat(43)).statusCode(404);
            Guests.status(guest[0], guest[1] + "x").statusCode(422);
            Guests.refer(Guests.REFERRAL.replace("true,", "true, \"website\": \"x\",")).statusCode(422);
            given().auth().oauth2(Tokens.of("coordinator1")).when().get("/referrals").then().statusCode(200);
            assertTrue(lines.stream().anyMatch(l -> l.contains("capture-check")), "the handler sees log records");
            for (String line : lines) {
                for (String secret : List.of(guest[1], "Morwenna", "morwenna@example.org", "DM2 3CD", "dm2 3cd",
                        "on my own")) {
                    assertFalse(line.contains(secret), "logged: " + line);
                }
            }
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void twoGuestsGetDifferentReferencesAndSecrets() {
        String[] one = Guests.referred();
        String[] two = Guests.referred();
        assertNotEquals(one[0], two[0]);
        assertNotEquals(one[1], two[1]);
        Guests.status(one[0], two[1]).statusCode(404);
    }
}
