package org.socialprescribing.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Another council's Open Referral UK API, standing in for a real one on loopback: each named feed serves its pages
 * of services ({@code /{feed}/services?page=N}) and single services, and can be made to fail or be slow.
 */
final class StandInFeed implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What one feed serves and how it misbehaves. */
    static final class Behaviour {
        volatile List<List<ObjectNode>> pages = List.of();
        /** Requests answered with {@link #failWith} before it answers properly. */
        final AtomicInteger failuresLeft = new AtomicInteger();
        volatile int failWith = 503;
        /** Requests held {@link #delayMillis} before answering. */
        final AtomicInteger slowLeft = new AtomicInteger();
        volatile long delayMillis;
        /** Lists without the nested parts, so that each service is read on its own. */
        volatile boolean summariesOnly;
        final AtomicInteger requests = new AtomicInteger();
        /** Every page lists one new service and says more follow: a feed that never reports its last page. */
        volatile boolean endless;
        /** Characters of padding added to each page (a field readers ignore), to make it as large as wanted. */
        volatile int padding;
        /** Pages sent without a Content-Length (chunked): only their bytes say how large they are. */
        volatile boolean chunked;
        /** Milliseconds between the bytes of a page's body (0: all at once), as a feed that drips it would. */
        volatile long dripMillis;

        /** Serves these services, all on one page; returns this feed. */
        Behaviour serve(ObjectNode... services) {
            pages = List.of(List.of(services));
            return this;
        }
    }

    private final HttpServer server;
    private final Map<String, Behaviour> feeds = new ConcurrentHashMap<>();

    StandInFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    Behaviour feed(String name) {
        return feeds.computeIfAbsent(name, n -> new Behaviour());
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        Behaviour feed = path.length > 2 ? feeds.get(path[1]) : null;
        if (feed == null || !"services".equals(path[2])) {
            send(exchange, 404, "{\"error\":\"not found\"}");
            return;
        }
        feed.requests.incrementAndGet();
        if (feed.slowLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            try {
                Thread.sleep(feed.delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (feed.failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(exchange, feed.failWith, "{\"error\":\"unavailable\"}");
            return;
        }
        List<List<ObjectNode>> pages = feed.pages;
        if (path.length > 3) {
            String id = java.net.URLDecoder.decode(path[3], StandardCharsets.UTF_8);
            for (List<ObjectNode> page : pages) {
                for (ObjectNode service : page) {
                    if (id.equals(service.path("id").asText())) {
                        send(exchange, 200, service.toString());
                        return;
                    }
                }
            }
            send(exchange, 404, "{\"error\":\"no such service\"}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int page = 1;
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith("page=")) {
                page = Integer.parseInt(part.substring(5));
            }
        }
        if (feed.endless) {
            pages = java.util.Collections.nCopies(page + 1, List.of());
        }
        List<ObjectNode> contents = feed.endless
                ? List.of(service("endless-" + page, "Endless service " + page, "endless-org", "Endless Trust",
                        "endless-place"))
                : page <= pages.size() ? pages.get(page - 1) : List.of();
        ObjectNode body = JSON.createObjectNode();
        body.put("total_items", pages.stream().mapToInt(List::size).sum());
        body.put("total_pages", pages.size());
        body.put("page_number", page);
        body.put("size", contents.size());
        body.put("first_page", page == 1);
        body.put("last_page", page >= pages.size());
        body.put("empty", contents.isEmpty());
        ArrayNode items = body.putArray("contents");
        for (ObjectNode service : contents) {
            if (feed.summariesOnly) {
                ObjectNode summary = JSON.createObjectNode();
                summary.set("id", service.get("id"));
                summary.set("name", service.get("name"));
                items.add(summary);
            } else {
                items.add(service);
            }
        }
        if (feed.padding > 0) {
            body.put("padding", "x".repeat(feed.padding));
        }
        if (feed.dripMillis > 0 || feed.chunked) {
            sendSlowly(exchange, body.toString().getBytes(StandardCharsets.UTF_8), feed.dripMillis);
            return;
        }
        send(exchange, 200, body.toString());
    }

    /** Chunked, a byte at a time with a pause between (if any); stops when the reader hangs up. */
    private static void sendSlowly(HttpExchange exchange, byte[] bytes, long pauseMillis) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (pauseMillis == 0) {
                out.write(bytes);
                return;
            }
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(pauseMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException hungUp) {
            // the reader gave up: what a dripping feed wants to find out
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A service record as an ORUK feed gives it, with one organisation and one place with a weekly session. */
    static ObjectNode service(String id, String name, String orgId, String orgName, String locationId) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id);
        s.put("name", name);
        s.put("description", "Imported from a neighbouring council's directory.");
        s.put("status", "active");
        s.put("minimum_age", 18);
        ObjectNode org = s.putObject("organization");
        org.put("id", orgId);
        org.put("name", orgName);
        org.put("description", "A charity in the next borough.");
        ObjectNode sal = s.putArray("service_at_locations").addObject();
        sal.put("id", "sal-" + id);
        ObjectNode location = sal.putObject("location");
        location.put("id", locationId);
        location.put("location_type", "physical");
        location.put("name", "Feedtown Community Hall");
        location.put("latitude", 54.5);
        location.put("longitude", -1.55);
        ObjectNode address = location.putArray("addresses").addObject();
        address.put("id", "addr-" + locationId);
        address.put("address_1", "1 Market Place");
        address.put("city", "Feedtown");
        address.put("state_province", "Feedshire");
        address.put("postal_code", "dm11aa");
        address.put("country", "GB");
        ObjectNode session = sal.putArray("schedules").addObject();
        session.put("id", "sched-" + id);
        session.put("freq", "WEEKLY");
        session.put("byday", "WE");
        session.put("opens_at", "10:00");
        session.put("closes_at", "11:30");
        ObjectNode contact = s.putArray("contacts").addObject();
        contact.put("id", "contact-" + id);
        contact.put("name", "Front desk");
        contact.putArray("phones").addObject().put("number", "01632 960001");
        ObjectNode cost = s.putArray("cost_options").addObject();
        cost.put("id", "cost-" + id);
        cost.put("amount", 0);
        cost.put("option", "Free");
        ObjectNode language = s.putArray("languages").addObject();
        language.put("name", "English");
        language.put("code", "en");
        return s;
    }

    static List<List<ObjectNode>> pages(List<ObjectNode> services, int perPage) {
        List<List<ObjectNode>> pages = new ArrayList<>();
        for (int i = 0; i < services.size(); i += perPage) {
            pages.add(services.subList(i, Math.min(services.size(), i + perPage)));
        }
        return pages;
    }
}
