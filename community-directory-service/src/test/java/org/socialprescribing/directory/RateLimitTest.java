package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A burst from one address past its limit is refused with 429 problem+json and Retry-After, and nothing is done;
 * another address (forwarded by a trusted proxy, as the web portal forwards a resident's) still gets through; what a
 * client writes into {@code X-Forwarded-For} itself is not believed (ClientAddressTest has every case). Small
 * limits here; every test of this class uses its own addresses, so their buckets do not mix.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
@WithTestResource(DirectoryTestResource.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("directory.rate-limits.enabled", "true", "directory.rate-limits.public-reads", "5",
                    "directory.rate-limits.public-reads-per", "1H", "directory.rate-limits.join-requests", "2",
                    "directory.rate-limits.join-requests-per", "1H");
        }
    }

    private static Response search(String forwardedFor, String words) {
        return given().header("X-Forwarded-For", forwardedFor).queryParam("search", words).when().get("/services");
    }

    @Test
    void aBurstOfSearchesFromOneAddressIsRefusedPastItsLimit() {
        for (int i = 0; i < 5; i++) {
            search("203.0.113.10", "walking " + i).then().statusCode(200);
        }
        Response refused = search("203.0.113.10", "walking again");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:social-prescribing:problem:too-many-requests"))
                .body("status", equalTo(429)).body("detail", containsString("Try again in"))
                .header("Access-Control-Allow-Origin", equalTo("*"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // Five an hour: the next one refills within a twelfth of an hour (RateLimitsTest moves the clock exactly).
        assertTrue(retryAfter > 0 && retryAfter <= 720, "Retry-After " + retryAfter);
        // Every public read shares the allowance: a record by id is refused too.
        given().header("X-Forwarded-For", "203.0.113.10").when().get("/taxonomies").then().statusCode(429);

        // Another resident, through the same portal, is not held up.
        search("203.0.113.11", "walking").then().statusCode(200);
    }

    @Test
    void aClientCannotDodgeItsLimitByWritingItsOwnForwardedAddress() {
        // Through the portal (trusted, on loopback) the browser's own claim sits left of the address the portal saw.
        for (int i = 0; i < 5; i++) {
            search("10.9.9." + i + ", 203.0.113.40", "gardening").then().statusCode(200);
        }
        search("10.9.9.99, 203.0.113.40", "gardening").then().statusCode(429);
    }

    @Test
    void ipv6ClientsAreCountedByTheirNetwork() {
        for (int i = 0; i < 5; i++) {
            search("2001:db8:5:6::" + Integer.toHexString(i + 1), "befriending").then().statusCode(200);
        }
        search("2001:db8:5:6:ffff::1", "befriending").then().statusCode(429);
        search("2001:db8:5:7::1", "befriending").then().statusCode(200);
    }

    @Test
    void joiningRequestsHaveTheirOwnSmallerAllowanceAndStoreNothingPastIt() {
        String token = Tokens.of("resident2");
        String body = """
                {"organization": {"name": "Rate Limited Choir %s", "description": "Songs",
                 "email": "choir@example.org"}, "message": "We sing"}""";
        for (int i = 0; i < 2; i++) {
            int status = given().auth().oauth2(token).header("X-Forwarded-For", "198.51.100.20")
                    .contentType(ContentType.JSON).body(body.formatted(i)).when().post("/join_requests").then()
                    .extract().statusCode();
            assertTrue(status == 201 || status == 409, "asked: " + status);
        }
        given().auth().oauth2(token).header("X-Forwarded-For", "198.51.100.20").contentType(ContentType.JSON)
                .body(body.formatted("past the limit")).when().post("/join_requests").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertEquals(0, given().auth().oauth2(Tokens.of("coordinator1")).when().get("/join_requests").then()
                .extract().jsonPath().getList("findAll { it.organization.name == 'Rate Limited Choir past the limit' }")
                .size());
        // Public reads from that address are a separate allowance.
        search("198.51.100.20", "choir").then().statusCode(200);
    }

    @Test
    void anAnonymousCallerRefused401CostsNothing() {
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", "198.51.100.30").contentType(ContentType.JSON).body("{}").when()
                    .post("/join_requests").then().statusCode(401);
        }
        given().auth().oauth2(Tokens.of("resident1")).header("X-Forwarded-For", "198.51.100.30")
                .contentType(ContentType.JSON).body("{}").when().post("/join_requests").then()
                .statusCode(org.hamcrest.Matchers.not(429));
    }
}
