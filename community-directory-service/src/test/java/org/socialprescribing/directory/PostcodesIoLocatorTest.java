package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.client.PostcodesIoApi;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.restclient.config.RestClientsConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The postcodes.io locator against a stand-in postcodes.io (the real one is an external service): its answers are
 * used, its 404 is "unknown postcode", and when it is slow or failing search falls back to the centroid table.
 * Nothing here times the machine: a slow answer is one the stand-in holds until the test lets it go, so the search
 * can only come back first if the client gave up on its own, and the limits it gave up by are read from the client
 * the application built.
 */
@QuarkusTest
@TestProfile(PostcodesIoLocatorTest.UsePostcodesIo.class)
@WithTestResource(DirectoryTestResource.class)
class PostcodesIoLocatorTest {

    @Inject
    RestClientsConfig restClients;

    public static class UsePostcodesIo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("demo-data.enabled", "true", "directory.postcodes.locator", "postcodes-io");
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(FakePostcodesIo.class));
        }
    }

    /** Answers like postcodes.io: DM9 9ZZ exists only here; DM1 1AB never answers until released; DM2 1AB fails. */
    public static class FakePostcodesIo implements QuarkusTestResourceLifecycleManager {
        /** Holds the answer to DM1 1AB; counted down by the test once its search is back (or after a minute). */
        static final CountDownLatch RELEASE_SLOW_ANSWER = new CountDownLatch(1);
        static final AtomicInteger SLOW_ANSWERS_HELD = new AtomicInteger();
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/postcodes/", exchange -> {
                String postcode = exchange.getRequestURI().getPath().substring("/postcodes/".length());
                int status = 404;
                String body = "{\"status\":404,\"error\":\"Postcode not found\"}";
                if (postcode.equals("DM99ZZ")) {
                    status = 200;
                    body = "{\"status\":200,\"result\":{\"postcode\":\"DM9 9ZZ\",\"latitude\":52.9501,"
                            + "\"longitude\":-1.1502,\"codes\":{\"admin_district\":\"E07999001\"}}}";
                } else if (postcode.equals("DM11AB")) {
                    SLOW_ANSWERS_HELD.incrementAndGet();
                    await(RELEASE_SLOW_ANSWER);
                } else if (postcode.equals("DM21AB")) {
                    status = 503;
                    body = "{}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.rest-client.postcodes-io.url", "http://127.0.0.1:" + server.getAddress().getPort());
            return config;
        }

        private static void await(CountDownLatch release) {
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void stop() {
            RELEASE_SLOW_ANSWER.countDown();
            server.stop(0);
        }
    }

    @Test
    void usesTheApisAnswer() {
        given().queryParam("postcode", "DM9 9ZZ").queryParam("proximity", 2000).when().get("/service_at_locations")
                .then().statusCode(200).body("total_items", greaterThan(0));
    }

    @Test
    void anUnknownPostcodeIs400() {
        given().queryParam("postcode", "DM9 9YY").when().get("/service_at_locations").then().statusCode(400)
                .body("violations[0].field", equalTo("postcode"))
                .body("violations[0].message", containsString("not a postcode we know"));
    }

    @Test
    void aSlowApiFallsBackToTheCentroidTableBeforeItAnswers() {
        given().queryParam("postcode", "DM1 1AB").queryParam("proximity", 2000).when().get("/service_at_locations")
                .then().statusCode(200).body("total_items", greaterThan(0));
        // The stand-in was asked and is still holding its answer: the client gave up on its own and the table
        // answered.
        assertEquals(1, FakePostcodesIo.SLOW_ANSWERS_HELD.get());
        assertEquals(1, FakePostcodesIo.RELEASE_SLOW_ANSWER.getCount(), "the stand-in answered first");
        FakePostcodesIo.RELEASE_SLOW_ANSWER.countDown();
    }

    @Test
    void aFailingApiFallsBackToTheCentroidTable() {
        given().queryParam("postcode", "DM2 1AB").queryParam("proximity", 2000).when().get("/service_at_locations")
                .then().statusCode(200).body("total_items", greaterThan(0));
    }

    @Test
    void theClientIsBuiltWithTheConfiguredTimeouts() {
        // The limits a slow postcodes.io is given up by are the documented ones, as the application's client has them.
        RestClientsConfig.RestClientConfig client = restClients.getClient(PostcodesIoApi.class);
        assertEquals(Optional.of(500L), client.connectTimeout());
        assertEquals(Optional.of(1500L), client.readTimeout());
    }
}
