package org.socialprescribing.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * What a feed cannot make a pull do (small caps here, so that the stand-in reaches them): hold it with a body that
 * drips (the run ends at the request's deadline), fill memory with a huge page (refused), or run on forever with
 * pages that never end or more services than any directory has (stopped at the cap). Each run says why it stopped,
 * keeps what it wrote before, and withdraws nothing.
 */
@QuarkusTest
@TestProfile(FeedNetworkLimitsTest.SmallCaps.class)
@WithTestResource(DirectoryTestResource.class)
class FeedNetworkLimitsTest {

    /** Caps small enough for a stand-in feed to pass (the defaults are 20M, 2 000 pages, 200 000 services). */
    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("directory.feeds.max-page-size", "64K", "directory.feeds.max-pages", "5",
                    "directory.feeds.max-records", "25");
        }
    }

    private static StandInFeed council;

    @BeforeAll
    static void startCouncil() throws IOException {
        council = new StandInFeed();
    }

    @AfterAll
    static void stopCouncil() {
        council.close();
    }

    @Test
    void aFeedThatDripsItsBodyEndsAtTheDeadline() {
        // Headers at once, then a byte every 200 ms: each read is quick, the whole would take minutes.
        StandInFeed.Behaviour feed = council.feed("drip")
                .serve(StandInFeed.service("dr1", "Dripton Knit and Natter", "dro1", "Dripton Crafts", "drl1"));
        feed.dripMillis = 200;
        JsonPath report = FeedImportTest.pull(FeedImportTest.register("Dripping Council", council.url("drip")));
        assertEquals("failed", report.getString("outcome"), report.prettify());
        assertTrue(report.getString("error").contains("no complete answer within"), report.getString("error"));
        assertTrue(report.getString("error").contains("directory.feeds.timeout"), report.getString("error"));
        assertEquals(0, report.getInt("pages_read"));
    }

    @Test
    void aPageLargerThanTheCapIsRefusedWithOrWithoutALength() {
        for (boolean chunked : new boolean[]{false, true}) {
            String name = chunked ? "huge-chunked" : "huge";
            StandInFeed.Behaviour feed = council.feed(name)
                    .serve(StandInFeed.service(name + "1", "Hugeton Lunch Club", name + "o1", "Hugeton", name + "l1"));
            feed.padding = 100_000;
            feed.chunked = chunked;
            JsonPath report = FeedImportTest.pull(FeedImportTest.register("Huge Council " + name, council.url(name)));
            assertEquals("failed", report.getString("outcome"), report.prettify());
            assertTrue(report.getString("error").contains("directory.feeds.max-page-size"), report.getString("error"));
            assertEquals(0, report.getInt("created"));
            // Refused at once, not asked for again.
            assertEquals(1, feed.requests.get(), name);
        }
    }

    @Test
    void aFeedThatNeverReportsItsLastPageStopsAtThePageCap() {
        StandInFeed.Behaviour feed = council.feed("endless");
        feed.endless = true;
        JsonPath report = FeedImportTest.pull(FeedImportTest.register("Endless Council", council.url("endless")));
        assertEquals("failed", report.getString("outcome"), report.prettify());
        assertTrue(report.getString("error").contains("directory.feeds.max-pages (5 pages)"),
                report.getString("error"));
        assertEquals(5, report.getInt("pages_read"));
        assertEquals(5, report.getInt("created"), "what was read up to the cap is kept");
        assertEquals(5, feed.requests.get(), "no page past the cap is asked for");
        FeedImportTest.idOfService("Endless service 5");
    }

    @Test
    void aFeedWithMoreServicesThanTheCapStopsThere() {
        List<ObjectNode> services = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            services.add(StandInFeed.service("many" + i, "Manyton club " + i, "manyo", "Manyton Trust", "manyl"));
        }
        council.feed("many").pages = StandInFeed.pages(services, 10);
        String feedId = FeedImportTest.register("Many Council", council.url("many"));
        JsonPath report = FeedImportTest.pull(feedId);
        assertEquals("failed", report.getString("outcome"), report.prettify());
        assertTrue(report.getString("error").contains("directory.feeds.max-records (25 services)"),
                report.getString("error"));
        assertEquals(3, report.getInt("pages_read"));
        assertEquals(25, report.getInt("created"));
        assertEquals(0, report.getInt("withdrawn"));
        FeedImportTest.idOfService("Manyton club 25");
    }
}
