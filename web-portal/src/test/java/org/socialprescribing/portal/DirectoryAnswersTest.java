package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The portal against a stand-in directory: the resident's address goes with each call, the directory's 429 becomes a
 * page that says to wait (neither retried nor tripping the breaker), and a stored address that is not http(s) is
 * shown as text, not as a link.
 */
@QuarkusTest
@WithTestResource(StandInApis.class)
class DirectoryAnswersTest {

    private static final String TOO_MANY = "{\"type\":\"https://socialprescribing.org/problems/too-many-requests\","
            + "\"title\":\"Too Many Requests\",\"status\":429}";

    private static final String ONE_RESULT = "{\"total_items\":1,\"total_pages\":1,\"page_number\":1,\"contents\":"
            + "[{\"id\":\"s1\",\"name\":\"Riverside walk\",\"organization\":{\"id\":\"o1\",\"name\":\"Walkers\"}}]}";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        StandInApis.reset();
        // Another test's failures must not leave the breaker half-way to open
        breakers.resetAll();
    }

    @Test
    void aBusyDirectoryIsAPageThatSaysToWaitWithItsRetryAfter() {
        StandInApis.answer("/services", 429, TOO_MANY, Map.of("Retry-After", "42"));
        given().queryParam("search", "walk").when().get("/services").then().statusCode(429)
                .header("Retry-After", "42").header("Content-Security-Policy", containsString("frame-ancestors"))
                .body(allOf(containsString("You have searched a lot in a short time"),
                        containsString("Wait a minute and try again."), not(containsString("Exception"))));
        assertEquals(1, searches().size(), "a 429 is not retried");
        StandInApis.answer("/services/s1", 429, TOO_MANY, Map.of("Retry-After", "7"));
        given().when().get("/services/s1").then().statusCode(429).header("Retry-After", "7")
                .body(containsString("You have searched a lot in a short time"));
    }

    @Test
    void manyBusyAnswersDoNotOpenTheCircuitBreaker() {
        StandInApis.answer("/services", 429, TOO_MANY, Map.of("Retry-After", "1"));
        for (int i = 0; i < 12; i++) {
            given().queryParam("search", "walk").when().get("/services").then().statusCode(429);
        }
        StandInApis.answer("/services", 200, ONE_RESULT, Map.of());
        given().queryParam("search", "walk").when().get("/services").then().statusCode(200)
                .body(allOf(containsString("Riverside walk"),
                        not(containsString("We cannot search the directory right now"))));
    }

    @Test
    void theResidentsAddressGoesToTheDirectory() {
        StandInApis.answer("/services", 200, ONE_RESULT, Map.of());
        given().queryParam("search", "walk").when().get("/services").then().statusCode(200);
        List<StandInApis.Request> searches = searches();
        assertEquals(1, searches.size());
        // RestAssured calls from loopback: that is the resident's address here
        assertEquals("127.0.0.1", searches.get(0).headers().get("x-forwarded-for"));
    }

    @Test
    void whatABrowserClaimsIsPassedOnLeftOfTheAddressThePortalSaw() {
        // The directory reads the chain from the right, so the claim never stands for the resident's address.
        StandInApis.answer("/services", 200, ONE_RESULT, Map.of());
        given().header("X-Forwarded-For", "6.6.6.6").queryParam("search", "walk").when().get("/services").then()
                .statusCode(200);
        assertEquals("6.6.6.6, 127.0.0.1", searches().get(0).headers().get("x-forwarded-for"));
        StandInApis.reset();
        StandInApis.answer("/services", 200, ONE_RESULT, Map.of());
        given().header("X-Forwarded-For", "1.1.1.1, 2.2.2.2, 3.3.3.3, 4.4.4.4, 5.5.5.5, 6.6.6.6")
                .queryParam("search", "walk").when().get("/services").then().statusCode(200);
        assertEquals("3.3.3.3, 4.4.4.4, 5.5.5.5, 6.6.6.6, 127.0.0.1",
                searches().get(0).headers().get("x-forwarded-for"));
    }

    @Test
    void aStoredAddressThatIsNotHttpIsTextNotALink() {
        StandInApis.answer("/services/s1", 200, "{\"id\":\"s1\",\"name\":\"Odd club\","
                + "\"url\":\"javascript:alert(document.cookie)\",\"email\":\"club@example.org?bcc=all@example.org\","
                + "\"organization\":{\"id\":\"o1\",\"name\":\"Odd people\"}}", Map.of());
        given().when().get("/services/s1").then().statusCode(200)
                .body(allOf(containsString("javascript:alert(document.cookie)"),
                        not(containsString("href=\"javascript:")), not(containsString("href=\"mailto:")),
                        containsString("club@example.org?bcc=all@example.org")));
        StandInApis.answer("/services/s2", 200, "{\"id\":\"s2\",\"name\":\"Walk\","
                + "\"url\":\"https://walks.example.org/tuesday\",\"email\":\"walks@example.org\","
                + "\"organization\":{\"id\":\"o1\",\"name\":\"Walkers\"}}", Map.of());
        given().when().get("/services/s2").then().statusCode(200)
                .body(allOf(containsString("href=\"https://walks.example.org/tuesday\""),
                        containsString("href=\"mailto:walks@example.org\"")));
    }

    private static List<StandInApis.Request> searches() {
        return StandInApis.requests().stream().filter(r -> r.path().startsWith("/services?")).toList();
    }
}
