package org.socialprescribing.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.client.TestFeedConfig;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * Outside local runs (directory.feeds.allow-plain-http false, the default) a feed must be https: a plain http address
 * is refused when registered or changed, at base_url, before anything is stored (the pull refuses it again:
 * FeedClientPinningTest).
 */
class HttpsFeedAddressTest {

    @Test
    void aPlainHttpFeedIsRefusedAtItsAddress() {
        FeedService feeds = new FeedService(null, null, null, null, Clock.systemUTC(), TestFeedConfig.production());
        for (String url : new String[]{"http://directory.example.gov.uk/api", "HTTP://directory.example.gov.uk/api"}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> feeds.register(new FeedDetails("North", url, 60, true), "coordinator1"));
            assertEquals(ProblemType.VALIDATION_FAILED, refused.type(), url);
            assertEquals("base_url", refused.field(), url);
            assertTrue(refused.getMessage().contains("https://"), refused.getMessage());
        }
    }
}
