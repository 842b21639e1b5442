package org.socialprescribing.directory.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;

/**
 * The client connects to the address it checked, and only that: the host is looked up once per request (a name that
 * answers differently the second time cannot lead the connection elsewhere), a name that resolves to a private
 * address is refused before anything is sent, plain http is refused outside local runs, and over TLS the certificate
 * is still checked against the host name, which is also sent as SNI. Stand-in servers on loopback; the resolver is
 * the test's, answering for names that no real DNS has.
 */
class FeedClientPinningTest {

    private static final String PAGE = "{\"contents\":[{\"id\":\"p1\"}],\"total_pages\":1}";

    @TempDir
    static Path dir;

    private static Vertx vertx;
    private static HttpServer plain;
    private static HttpServer tls;
    private static PemTrustOptions trust;
    /** What reached the servers: each request's Host header and (over TLS) the SNI name. */
    private static final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        // A certificate for feed.test only, made for this run (keytool ships with the JDK).
        Path keystore = dir.resolve("feed.p12");
        Path certificate = dir.resolve("feed.pem");
        keytool("-genkeypair", "-alias", "feed", "-keyalg", "EC", "-dname", "CN=feed.test", "-ext", "SAN=dns:feed.test",
                "-validity", "2", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "feed", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", certificate.toString());
        trust = new PemTrustOptions().addCertPath(certificate.toString());
        plain = listen(new HttpServerOptions());
        tls = listen(new HttpServerOptions().setSsl(true).setSni(true)
                .setKeyCertOptions(new PfxOptions().setPath(keystore.toString()).setPassword("changeit")));
    }

    private static HttpServer listen(HttpServerOptions options) throws Exception {
        return vertx.createHttpServer(options.setHost("127.0.0.1")).requestHandler(request -> {
            seen.add(request.getHeader("Host") + " " + request.connection().indicatedServerName());
            request.response().putHeader("Content-Type", "application/json").end(PAGE);
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Answers each name from a list, one answer per look-up (the last one again once the list runs out). */
    private static final class Answers implements FeedResolver {
        final Map<String, List<String>> answers;
        final Map<String, AtomicInteger> lookUps = new ConcurrentHashMap<>();

        Answers(Map<String, List<String>> answers) {
            this.answers = answers;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            List<String> list = answers.get(host);
            if (list == null) {
                throw new UnknownHostException(host);
            }
            int n = lookUps.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
            return new InetAddress[]{InetAddress.getByName(list.get(Math.min(n, list.size() - 1)))};
        }

        int lookUps(String host) {
            return lookUps.getOrDefault(host, new AtomicInteger()).get();
        }
    }

    private static OrukFeedClient client(TestFeedConfig config, FeedResolver resolver) {
        return new OrukFeedClient(config, new ObjectMapper(), vertx, new HttpClientOptions().setTrustOptions(trust),
                resolver);
    }

    @Test
    void theConnectionGoesToTheAddressLookedUpOnceNotToASecondAnswer() {
        // First answer loopback (where the stand-in is), any later one an address where nothing listens.
        Answers dns = new Answers(Map.of("feed-directory.invalid", List.of("127.0.0.1", "127.0.0.2")));
        seen.clear();
        OrukFeedClient.FeedPage page = client(TestFeedConfig.production().allowingPrivateAddresses()
                .allowingPlainHttp(), dns).page("http://feed-directory.invalid:" + plain.actualPort() + "/oruk", 1);
        assertEquals("p1", page.services().get(0).path("id").asText());
        assertEquals(1, dns.lookUps("feed-directory.invalid"), "one look-up, then the connection to its answer");
        assertEquals(List.of("feed-directory.invalid:" + plain.actualPort() + " null"), seen,
                "the request still names the host");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedBeforeAnythingIsSent() {
        for (String inside : List.of("10.1.2.3", "127.0.0.1", "169.254.169.254", "::ffff:192.168.0.1", "fd00::1",
                "::127.0.0.1", "64:ff9b:1::a00:1")) {
            Answers dns = new Answers(Map.of("feed.test", List.of(inside)));
            seen.clear();
            FeedUnavailableException refused = assertThrows(FeedUnavailableException.class,
                    () -> client(TestFeedConfig.production(), dns).page("https://feed.test:" + tls.actualPort(), 1));
            assertTrue(refused.getMessage().contains("not a public one"), inside + ": " + refused.getMessage());
            assertEquals(List.of(), seen, inside + ": nothing sent");
        }
    }

    @Test
    void plainHttpIsRefusedOutsideLocalRuns() {
        Answers dns = new Answers(Map.of("feed.test", List.of("127.0.0.1")));
        seen.clear();
        FeedUnavailableException refused = assertThrows(FeedUnavailableException.class,
                () -> client(TestFeedConfig.production().allowingPrivateAddresses(), dns)
                        .page("http://feed.test:" + plain.actualPort() + "/oruk", 1));
        assertTrue(refused.getMessage().contains("https://"), refused.getMessage());
        assertEquals(0, dns.lookUps("feed.test"), "not even looked up");
        assertEquals(List.of(), seen);
    }

    @Test
    void overTlsTheCertificateIsCheckedAgainstTheHostNameSentAsSni() {
        // Both names lead to the same server; its certificate is feed.test's only.
        Answers dns = new Answers(Map.of("feed.test", List.of("127.0.0.1"), "other.test", List.of("127.0.0.1")));
        OrukFeedClient client = client(TestFeedConfig.production().allowingPrivateAddresses(), dns);
        seen.clear();
        assertEquals(1, client.page("https://feed.test:" + tls.actualPort() + "/oruk", 1).services().size());
        assertEquals(List.of("feed.test:" + tls.actualPort() + " feed.test"), seen, "Host and SNI name the host");

        seen.clear();
        FeedUnavailableException refused = assertThrows(FeedUnavailableException.class,
                () -> client.page("https://other.test:" + tls.actualPort() + "/oruk", 1));
        assertTrue(refused.getMessage().contains("network error"), refused.getMessage());
        assertEquals(List.of(), seen, "no request over a connection whose certificate is not the host's");
    }
}
