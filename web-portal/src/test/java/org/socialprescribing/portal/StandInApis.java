package org.socialprescribing.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The portal under test with a stand-in for each API it calls (the directory, wellbeing-service and referral-service,
 * whose paths do not overlap): a JDK HTTP server on loopback that answers each path with what the test put there
 * ({@link #answer}),
 * and keeps the method, headers and body of every request it had ({@link #requests}). Unknown paths answer 404 as the
 * services do. The portal signs in against the real test Keycloak ({@link PortalSession}), so each request carries a
 * real access token.
 */
public class StandInApis extends PortalTestResource {

    /** One canned answer: status, JSON body, extra headers. */
    public record Answer(int status, String body, Map<String, String> headers) {
    }

    /**
     * What the stand-in was asked: the method, the path (with query), the request headers (names in lower case) and
     * the body.
     */
    public record Request(String method, String path, Map<String, String> headers, String body) {
    }

    private static final Map<String, Answer> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Answers requests whose path (without query) is {@code path}, whatever their method. */
    public static void answer(String path, int status, String body, Map<String, String> headers) {
        ANSWERS.put(path, new Answer(status, body, headers));
    }

    /** Answers requests of this method to {@code path}; it comes before an answer for any method. */
    public static void answer(String method, String path, int status, String body) {
        ANSWERS.put(method + " " + path, new Answer(status, body, Map.of()));
    }

    /** The requests of this method whose path (with query) starts with {@code pathPrefix}. */
    public static List<Request> requests(String method, String pathPrefix) {
        return REQUESTS.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).toList();
    }

    public static List<Request> requests() {
        return REQUESTS;
    }

    public static void reset() {
        ANSWERS.clear();
        REQUESTS.clear();
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
        config.put("quarkus.rest-client.wellbeing.url", "http://127.0.0.1:" + server.getAddress().getPort());
        config.put("quarkus.rest-client.referral.url", "http://127.0.0.1:" + server.getAddress().getPort());
        return config;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(new Request(method, exchange.getRequestURI().toString(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer answer = ANSWERS.getOrDefault(method + " " + path, ANSWERS.getOrDefault(path, new Answer(404,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}", Map.of())));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : body.length);
        if (answer.status() != 204) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        super.stop();
    }
}
