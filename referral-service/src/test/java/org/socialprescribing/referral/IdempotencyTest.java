package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialprescribing.referral.service.IdempotencyExpiry;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A client's retry with the same Idempotency-Key and body gets the first answer (status, body, Location) and changes
 * nothing; the same key with another body is a 422; keys are per caller. Every create and state change a client may
 * retry: POST /referrals, POST /referrals/guest, POST /referrals/{id}/moves.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class IdempotencyTest {

    @Inject
    StoredRows stored;

    @Inject
    MovableClock clock;

    @Inject
    IdempotencyExpiry expiry;

    private static Response create(String user, String key, String body) {
        return given().auth().oauth2(Tokens.of(user)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/referrals");
    }

    private static Response move(String user, String id, String key, String body) {
        return given().auth().oauth2(Tokens.of(user)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/referrals/" + id + "/moves");
    }

    @Test
    void aRetriedCreateGetsTheFirstAnswerAndStoresNothingMore() {
        String key = UUID.randomUUID().toString();
        Map<String, Long> before = stored.counts();
        var first = create("linkworker2", key, Referrals.FOR_SOMEONE);
        assertEquals(201, first.statusCode());
        Map<String, Long> afterFirst = stored.counts();
        assertEquals(before.get("referral") + 1, afterFirst.get("referral"));
        assertEquals(before.get("idempotency_key") + 1, afterFirst.get("idempotency_key"));

        // The same JSON written differently is the same request
        var replay = create("linkworker2", key, Referrals.FOR_SOMEONE.replace("\n", " ").replace(": ", ":"));
        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.jsonPath().getMap("$"), replay.jsonPath().getMap("$"));
        assertEquals(afterFirst, stored.counts());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String id = create("linkworker2", key, Referrals.FOR_SOMEONE).path("id");
        Map<String, Long> before = stored.counts();
        given().auth().oauth2(Tokens.of("linkworker2")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Referrals.FOR_SOMEONE.replace("Sam", "Samantha")).when().post("/referrals").then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));
        // ... and for another operation
        move("linkworker2", id, key, "{\"move\": \"triage\"}").then().statusCode(422);
        assertEquals(before, stored.counts());
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + id).then()
                .body("state", equalTo("received")).body("person.given_name", equalTo("Sam"));
    }

    @Test
    void keysArePerCaller() {
        String key = UUID.randomUUID().toString();
        String mine = create("linkworker1", key, Referrals.FOR_SOMEONE).path("id");
        var theirs = create("linkworker2", key, Referrals.FOR_SOMEONE);
        assertEquals(201, theirs.statusCode());
        assertEquals(null, theirs.header("Idempotent-Replayed"));
        assertNotEquals(mine, theirs.path("id"));
    }

    @Test
    void aRetriedMoveIsMadeOnceAndItsReplayIsTheFirstAnswer() {
        String id = Referrals.by("linkworker2");
        String key = UUID.randomUUID().toString();
        var first = move("linkworker2", id, key, "{\"move\": \"contact_attempt\"}");
        assertEquals(200, first.statusCode());
        assertEquals(1, (Integer) first.path("contact_attempts"));
        Map<String, Long> before = stored.counts();
        var replay = move("linkworker2", id, key, "{\"move\": \"contact_attempt\"}");
        assertEquals(200, replay.statusCode());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getMap("$"), replay.jsonPath().getMap("$"));
        assertEquals(before, stored.counts());
        given().auth().oauth2(Tokens.of("linkworker2")).when().get("/referrals/" + id).then()
                .body("contact_attempts", equalTo(1));
        // Without a key the same move is made again: the key is what made the retry safe
        Referrals.move("linkworker2", id, "{\"move\": \"contact_attempt\"}").statusCode(200)
                .body("contact_attempts", equalTo(2));
    }

    @Test
    void aRefusedRequestKeepsNoKeySoItsCorrectedRetryIsMade() {
        String id = Referrals.by("linkworker2");
        String key = UUID.randomUUID().toString();
        move("linkworker2", id, key, "{\"move\": \"join_group\"}").then().statusCode(409);
        move("linkworker2", id, key, "{\"move\": \"join_group\"}").then().statusCode(409);
        assertEquals("0", stored.one("SELECT count(*) FROM idempotency_key WHERE key = ?", key));
    }

    @Test
    void aGuestsRetryGetsTheReferenceAgainButNeverTheSecretWhichIsNotStored() {
        String key = UUID.randomUUID().toString();
        var first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Guests.REFERRAL)
                .when().post("/referrals/guest").then().statusCode(201).extract();
        String secret = first.path("secret");
        Map<String, Long> before = stored.counts();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Guests.REFERRAL).when()
                .post("/referrals/guest").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("reference", equalTo(first.path("reference"))).body("$", not(hasKey("secret")));
        assertEquals(before, stored.counts());
        assertEquals("0", stored.one("SELECT count(*) FROM idempotency_key WHERE response::text LIKE ?",
                "%" + secret + "%"));
        // The first secret still opens it
        Guests.status(first.path("reference"), secret).statusCode(200);
        // Another address is another guest: the same key is theirs to use
        given().header("X-Forwarded-For", "203.0.113.77").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Guests.REFERRAL).when().post("/referrals/guest").then()
                .statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("reference", not(equalTo(first.path("reference"))));
    }

    @Test
    void aMalformedKeyIs400AndStoresNothing() {
        Map<String, Long> before = stored.counts();
        create("linkworker2", "x".repeat(101), Referrals.FOR_SOMEONE).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Idempotency-Key"));
        create("linkworker2", "cl\u00e9", Referrals.FOR_SOMEONE).then().statusCode(400);
        create("linkworker2", "two words", Referrals.FOR_SOMEONE).then().statusCode(400);
        assertEquals(before, stored.counts());
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = Tokens.of("linkworker2");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> given().auth().oauth2(token).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(Referrals.FOR_SOMEONE).when().post("/referrals")));
            }
            Set<String> ids = new HashSet<>();
            for (var answer : sent) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "one referral for every copy: " + ids);
            assertEquals("1", stored.one("SELECT count(*) FROM referral WHERE id = ?::uuid", ids.iterator().next()));
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aKeyHoldsItsAnswerForADayThenTheSameKeyIsANewRequest() {
        String dayOld = UUID.randomUUID().toString();
        String first = create("linkworker2", dayOld, Referrals.FOR_SOMEONE).path("id");
        clock.move(Duration.ofHours(23));
        String recent = UUID.randomUUID().toString();
        String second = create("linkworker2", recent, Referrals.FOR_SOMEONE).path("id");

        clock.move(Duration.ofHours(2));
        assertTrue(expiry.forgetExpired() >= 1);

        var withinTheDay = create("linkworker2", recent, Referrals.FOR_SOMEONE);
        assertEquals("true", withinTheDay.header("Idempotent-Replayed"));
        assertEquals(second, withinTheDay.path("id"));
        var afterTheDay = create("linkworker2", dayOld, Referrals.FOR_SOMEONE);
        assertEquals(201, afterTheDay.statusCode());
        assertNull(afterTheDay.header("Idempotent-Replayed"));
        assertNotEquals(first, afterTheDay.path("id"));
    }
}
