package org.socialprescribing.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.client.FeedUnavailableException;
import org.socialprescribing.directory.client.OrukFeedClient;
import org.socialprescribing.directory.config.FeedConfig;
import org.socialprescribing.problem.ProblemException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;

/**
 * Outside local runs (directory.feeds.allow-private-addresses false, the default) a feed on this machine or a private
 * network is refused when registered and never fetched. The service tests allow them for their stand-in feeds.
 */
class PrivateFeedAddressesTest {

    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    private static final FeedConfig PRODUCTION = new FeedConfig() {
        public int pageSize() {
            return 100;
        }

        public Duration timeout() {
            return Duration.ofSeconds(2);
        }

        public int retries() {
            return 3;
        }

        public Duration retryBackoff() {
            return Duration.ofSeconds(2);
        }

        public String checkEvery() {
            return "off";
        }

        public Duration abandonAfter() {
            return Duration.ofHours(6);
        }

        public boolean allowPrivateAddresses() {
            return false;
        }

        public int maxProblems() {
            return 500;
        }

        public MemorySize maxPageSize() {
            return new MemorySize(BigInteger.valueOf(20 << 20));
        }

        public int maxPages() {
            return 2000;
        }

        public int maxRecords() {
            return 200_000;
        }

        public boolean allowPlainHttp() {
            return false;
        }
    };

    @Test
    void registeringAFeedOnAPrivateNetworkIsRefusedAtItsAddress() {
        // Refused before anything is stored: the service needs no repositories to say so.
        FeedService feeds = new FeedService(null, null, null, null, Clock.systemUTC(), PRODUCTION);
        ProblemException refused = assertThrows(ProblemException.class, () -> feeds
                .register(new FeedDetails("Metadata", "https://169.254.169.254/latest", 60, true), "coordinator1"));
        assertEquals("base_url", refused.field());
        assertTrue(refused.getMessage().contains("public internet address"), refused.getMessage());
    }

    @Test
    void aFeedOnThisMachineIsNeverFetched() throws IOException, InterruptedException {
        // A real listener on loopback that counts the connections made to it: refused means none, on any attempt
        // (a TLS handshake to it would be counted too, before it failed).
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!listener.isClosed()) {
                    try (Socket ignored = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            OrukFeedClient client = new OrukFeedClient(PRODUCTION, new ObjectMapper(), VERTX);
            FeedUnavailableException refused = assertThrows(FeedUnavailableException.class,
                    () -> client.page("https://127.0.0.1:" + listener.getLocalPort() + "/oruk", 1));
            assertTrue(refused.getMessage().contains("not a public one"), refused.getMessage());
            listener.close();
            acceptor.join();
            assertEquals(0, connections.get(), "never connected to, on no attempt");
        }
    }
}
