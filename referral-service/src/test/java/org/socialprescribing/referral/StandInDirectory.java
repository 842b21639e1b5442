package org.socialprescribing.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * referral-service under test with a stand-in for the directory's public search: a JDK HTTP server on loopback that
 * answers {@code GET /services?taxonomy_term_id=X} with what the test put there for X, and
 * {@code /taxonomy_terms/X} with a name; {@link #down} makes it answer 503 to everything.
 */
public class StandInDirectory extends ReferralTestResource {

    private static final Map<String, String> SERVICES_BY_TERM = new ConcurrentHashMap<>();
    private static final Map<String, String> TERM_NAMES = new ConcurrentHashMap<>();
    private static final List<String> QUERIES = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private HttpServer server;

    /** The directory's list items (a JSON array) for searches by this taxonomy term. */
    public static void services(String termId, String termName, String jsonArray) {
        SERVICES_BY_TERM.put(termId, jsonArray);
        TERM_NAMES.put(termId, termName);
    }

    public static void down(boolean isDown) {
        down = isDown;
    }

    /** The query strings of the searches the service made. */
    public static List<String> queries() {
        return QUERIES;
    }

    public static void reset() {
        SERVICES_BY_TERM.clear();
        TERM_NAMES.clear();
        QUERIES.clear();
        down = false;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        config.put("quarkus.rest-client.directory.url", "http://127.0.0.1:" + server.getAddress().getPort());
        // The scheduler must not race the tests: they call the retry themselves
        config.put("referral.matching.retry-every", "1h");
        return config;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        int status;
        String body;
        if (down) {
            status = 503;
            body = "{\"status\":503}";
        } else if (path.equals("/services")) {
            QUERIES.add(query);
            String term = parameter(query, "taxonomy_term_id");
            status = 200;
            body = "{\"contents\":" + SERVICES_BY_TERM.getOrDefault(term, "[]") + "}";
        } else if (path.startsWith("/taxonomy_terms/") && TERM_NAMES.containsKey(path.substring(16))) {
            status = 200;
            body = "{\"id\":\"" + path.substring(16) + "\",\"name\":\"" + TERM_NAMES.get(path.substring(16)) + "\"}";
        } else {
            status = 404;
            body = "{\"status\":404}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        super.stop();
    }
}
