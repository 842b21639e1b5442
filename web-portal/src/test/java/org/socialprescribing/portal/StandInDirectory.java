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
 * The portal under test with a stand-in for the directory: a JDK HTTP server on loopback that answers each path with
 * what the test put there ({@link #answer}), and keeps the headers of every request it had ({@link #requests}).
 * Unknown paths answer 404 as the directory does.
 */
public class StandInDirectory extends PortalTestResource {

    /** One canned answer: status, JSON body, extra headers. */
    public record Answer(int status, String body, Map<String, String> headers) {
    }

    /** What the stand-in was asked: the path (with query) and the request headers, names in lower case. */
    public record Request(String path, Map<String, String> headers) {
    }

    private static final Map<String, Answer> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Answers requests whose path (without query) is {@code path}. */
    public static void answer(String path, int status, String body, Map<String, String> headers) {
        ANSWERS.put(path, new Answer(status, body, headers));
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
        return config;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        REQUESTS.add(new Request(exchange.getRequestURI().toString(), headers));
        Answer answer = ANSWERS.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}", Map.of()));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
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
