import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Times the import of a large federated feed: serves a generated Open Referral UK feed of BENCH_FEED_SERVICES
 * services (default 100 000; 5 per organisation, 60 000 locations over Great Britain, each with an address, a
 * weekly session, a contact with a phone, a cost, a language and two categories) on loopback, registers it with
 * the running directory as a coordinator, pulls it, and reports the time, the run's counts and the directory's
 * peak RSS. Run through bench/run.sh feed-import; bench/run.sh feed-remove takes it out again.
 */
public class FeedBench {

    static final String DIRECTORY = env("BENCH_DIRECTORY_URL", "http://localhost:8081");
    static final String ISSUER = env("BENCH_ISSUER", "http://localhost:8180/realms/social-prescribing");
    static final String JDBC = env("BENCH_JDBC_URL", "jdbc:postgresql://localhost:5433/directory?user=postgres");
    static final int SERVICES = Integer.parseInt(env("BENCH_FEED_SERVICES", "100000"));
    static final String[] WORDS = {"Walking", "Yoga", "Debt advice", "Befriending", "Choir", "Gardening", "Cooking",
            "Men's shed", "Art", "Carers' support", "Chair exercise", "Reading", "Pottery", "Tai chi", "Swimming"};
    static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** No argument: register a new feed and pull it; "again": pull the last one again. */
    public static void main(String[] args) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            ResultSet terms = s.executeQuery("SELECT code FROM taxonomy_term WHERE code IS NOT NULL ORDER BY code");
            while (terms.next()) {
                codes.add(terms.getString(1));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.createContext("/bench-feed/services", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int page = intParam(query, "page", 1);
            int perPage = Math.min(intParam(query, "per_page", 100), 500);
            byte[] body = page(page, perPage, codes).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/bench-feed";
        long pid = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("community-directory-service")).mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        String token = token();
        String body = "{\"name\": \"Benchmark feed %s\", \"base_url\": \"" + feedUrl
                + "\", \"refresh_minutes\": 44640}";
        String feedId;
        if (args.length > 0 && args[0].equals("again")) {
            // Pull the last benchmark feed again (every record unchanged), now served from this run's port.
            Matcher last = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\"(Benchmark feed [^\"]+)\"")
                    .matcher(call("GET", "/feeds", token, null));
            String name = null;
            feedId = null;
            while (last.find()) {
                feedId = last.group(1);
                name = last.group(2);
            }
            if (feedId == null) {
                throw new IllegalStateException("No benchmark feed yet: run bench/run.sh feed-import first.");
            }
            call("PUT", "/feeds/" + feedId, token, body.formatted(name.substring("Benchmark feed ".length())));
        } else {
            feedId = field(call("POST", "/feeds", token, body.formatted(System.currentTimeMillis())), "id");
        }
        System.out.printf("Feed of %,d services at %s registered as %s; directory pid %d%n", SERVICES, feedUrl, feedId,
                pid);
        long started = System.nanoTime();
        String run = call("POST", "/feeds/" + feedId + "/runs", token, null);
        String runPath = "/feeds/" + feedId + "/runs/" + field(run, "id");
        long maxRss = 0;
        String report;
        while (true) {
            Thread.sleep(500);
            maxRss = Math.max(maxRss, rssMb(pid));
            if (System.nanoTime() - started > 240_000_000_000L) {
                token = token(); // tokens live 5 minutes
            }
            report = call("GET", runPath, token, null);
            if (!"running".equals(field(report, "outcome"))) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Import: %.1f s (%,.0f services/s), directory max RSS %d MB%n", seconds, SERVICES / seconds,
                maxRss);
        System.out.println("Report: " + report.replaceAll("\"problems\":\\[.*?\\],", "\"problems\":[...],"));
        server.stop(0);
        System.exit(0);
    }

    /** One page of the generated feed, as /services?full=true gives it. */
    static String page(int page, int perPage, List<String> codes) {
        int totalPages = (SERVICES + perPage - 1) / perPage;
        StringBuilder b = new StringBuilder(perPage * 1500);
        b.append("{\"total_items\":").append(SERVICES).append(",\"total_pages\":").append(totalPages)
                .append(",\"page_number\":").append(page).append(",\"size\":").append(perPage)
                .append(",\"first_page\":").append(page == 1).append(",\"last_page\":").append(page >= totalPages)
                .append(",\"empty\":false,\"contents\":[");
        int from = (page - 1) * perPage;
        for (int i = from; i < Math.min(SERVICES, from + perPage); i++) {
            if (i > from) {
                b.append(',');
            }
            service(b, i, codes);
        }
        return b.append("]}").toString();
    }

    static void service(StringBuilder b, int i, List<String> codes) {
        int org = i / 5;
        int location = (int) ((long) i * 3 / 5);
        double lat = 50.2 + (location * 7919L % 10000) / 10000.0 * 5.6;
        double lon = -4.5 + (location * 104729L % 10000) / 10000.0 * 5.9;
        String word = WORDS[i % WORDS.length];
        b.append("{\"id\":\"bf-s").append(i).append("\",\"name\":\"").append(word).append(" group ").append(i)
                .append("\",\"description\":\"A friendly ").append(word.toLowerCase())
                .append(" group for adults, generated for the feed benchmark.\",\"status\":\"active\",")
                .append("\"minimum_age\":18,\"organization\":{\"id\":\"bf-o").append(org)
                .append("\",\"name\":\"Feed Bench Organisation ").append(org)
                .append("\",\"description\":\"Generated.\"},\"service_at_locations\":[{\"id\":\"bf-sal").append(i)
                .append("\",\"location\":{\"id\":\"bf-l").append(location).append("\",\"name\":\"Hall ")
                .append(location).append("\",\"location_type\":\"physical\",\"latitude\":")
                .append(String.format("%.5f", lat)).append(",\"longitude\":").append(String.format("%.5f", lon))
                .append(",\"addresses\":[{\"id\":\"bf-a").append(location).append("\",\"address_1\":\"")
                .append(location % 200 + 1).append(" High Street\",\"city\":\"Town ").append(location % 500)
                .append("\",\"state_province\":\"England\",\"postal_code\":\"ZZ").append(location % 90 + 1)
                .append(" 1AA\",\"country\":\"GB\"}]},\"schedules\":[{\"id\":\"bf-sc").append(i)
                .append("\",\"freq\":\"WEEKLY\",\"byday\":\"").append(DAYS[i % 7])
                .append("\",\"opens_at\":\"10:00\",\"closes_at\":\"11:30\"}]}],")
                .append("\"contacts\":[{\"id\":\"bf-c").append(i)
                .append("\",\"name\":\"Bookings\",\"phones\":[{\"id\":\"bf-p").append(i)
                .append("\",\"number\":\"01632 960").append(String.format("%03d", i % 1000)).append("\"}]}],")
                .append("\"cost_options\":[{\"id\":\"bf-co").append(i).append("\",\"option\":\"Free\",\"amount\":0}],")
                .append("\"languages\":[{\"id\":\"bf-lg").append(i).append("\",\"name\":\"English\",\"code\":\"en\"}],")
                .append("\"attributes\":[");
        if (!codes.isEmpty()) {
            b.append("{\"taxonomy_term\":{\"code\":\"").append(codes.get(i % codes.size())).append("\"}},")
                    .append("{\"taxonomy_term\":{\"code\":\"").append(codes.get((i * 7 + 3) % codes.size()))
                    .append("\"}}");
        }
        b.append("]}");
    }

    static String token() throws Exception {
        String form = "grant_type=password&client_id=suite-cli&username=coordinator1&password=demo&scope=openid";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        return field(response.body(), "access_token");
    }

    static String call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DIRECTORY + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    static int intParam(String query, String name, int fallback) {
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return Integer.parseInt(part.substring(name.length() + 1));
            }
        }
        return fallback;
    }

    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // the process went away: no reading
        }
        return 0;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
