package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A burst of guest calls from one address past its limit is refused 429 problem+json with Retry-After, storing
 * nothing; another address (forwarded by a trusted proxy, as the portal forwards a guest's) still gets through; a
 * client's own claim in X-Forwarded-For is not believed; the allowance comes back as time passes. Small limits
 * here; every test of this class uses its own addresses, so their buckets do not mix.
 */
@QuarkusTest
@TestProfile(GuestRateLimitTest.SmallLimits.class)
@WithTestResource(ReferralTestResource.class)
class GuestRateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("referral.guest-limits.enabled", "true", "referral.guest-limits.submissions", "2",
                    "referral.guest-limits.submissions-per", "1H", "referral.guest-limits.status-checks", "3",
                    "referral.guest-limits.status-checks-per", "1H");
        }
    }

    @Inject
    MovableClock clock;

    @Inject
    StoredRows stored;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static Response refer(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON).body(Guests.REFERRAL)
                .when().post("/referrals/guest");
    }

    private static Response status(String forwardedFor, String reference, String secret) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body("{\"reference\": \"" + reference + "\", \"secret\": \"" + secret + "\"}").when()
                .post("/referrals/status");
    }

    @Test
    void submissionsPastTheLimitAre429WithRetryAfterAndStoreNothing() {
        refer("203.0.113.20").then().statusCode(201);
        refer("203.0.113.20").then().statusCode(201);
        Map<String, Long> before = stored.counts();
        Response refused = refer("203.0.113.20");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:social-prescribing:problem:too-many-requests"))
                .body("detail", containsString("Try again in"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // Two an hour: the next one refills within half an hour
        assertTrue(retryAfter > 0 && retryAfter <= 1800, "Retry-After " + retryAfter);
        assertEquals(before, stored.counts());

        // Another guest through the same portal is not held up; nor is a status check from this address
        refer("203.0.113.21").then().statusCode(201);

        clock.move(Duration.ofSeconds(retryAfter));
        refer("203.0.113.20").then().statusCode(201);
    }

    @Test
    void statusChecksPastTheLimitAre429SoSecretsCannotBeTriedByTheThousand() {
        String[] guest = Guests.referred();
        for (int i = 0; i < 3; i++) {
            status("203.0.113.30", guest[0], "A".repeat(42) + i).then().statusCode(404);
        }
        // Even the right pair waits now
        Response refused = status("203.0.113.30", guest[0], guest[1]);
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 1200, "Retry-After " + retryAfter);
        status("203.0.113.31", guest[0], guest[1]).then().statusCode(200);
    }

    @Test
    void aClientCannotDodgeItsLimitByWritingItsOwnForwardedAddress() {
        refer("10.9.9.1, 203.0.113.40").then().statusCode(201);
        refer("10.9.9.2, 203.0.113.40").then().statusCode(201);
        refer("10.9.9.3, 203.0.113.40").then().statusCode(429);
    }

    @Test
    void ipv6GuestsAreCountedByTheirNetwork() {
        refer("2001:db8:7:8::1").then().statusCode(201);
        refer("2001:db8:7:8::2").then().statusCode(201);
        refer("2001:db8:7:8:ffff::1").then().statusCode(429);
        refer("2001:db8:7:9::1").then().statusCode(201);
    }
}
