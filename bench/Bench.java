import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGStatement;

/**
 * The directory's search benchmark (see README.md): generate or remove the 100 000-service directory, then load
 * the running service over loopback at 1, 8 and 32 clients with the query mix, and issue the same SQL straight to
 * PostgreSQL at the same concurrency. Single-file program: {@code java -cp postgresql.jar Bench.java run}.
 */
public class Bench {

    static final String DIRECTORY = env("BENCH_DIRECTORY_URL", "http://localhost:8081");
    static final String JDBC = env("BENCH_JDBC_URL", "jdbc:postgresql://localhost:5433/directory?user=postgres");
    static final int SECONDS = Integer.parseInt(env("BENCH_SECONDS", "20"));
    static final int[] CLIENTS = Arrays.stream(env("BENCH_CLIENTS", "1,8,32").split(",")).mapToInt(Integer::parseInt)
            .toArray();
    static final List<String> ALL_KINDS = List.of("text", "text + 5 km", "taxonomy + 5 km", "typo name");
    /** The kinds of query the mix takes in turn (all four unless BENCH_KINDS names some, to measure one alone). */
    static final int[] KINDS = Arrays.stream(env("BENCH_KINDS", String.join(",", ALL_KINDS)).split(","))
            .map(String::strip).mapToInt(kind -> {
                if (!ALL_KINDS.contains(kind)) {
                    throw new IllegalArgumentException("BENCH_KINDS: " + kind + " is not one of " + ALL_KINDS);
                }
                return ALL_KINDS.indexOf(kind);
            }).toArray();
    /** Linux reports process times in ticks of 1/100 s (USER_HZ). */
    static final double MS_PER_TICK = 10.0;

    static final String[] WORDS = {"walking", "yoga", "debt advice", "befriending", "choir", "garden", "cooking",
            "carers", "benefits", "mindfulness", "art class", "football", "lunch", "singing", "anxiety", "pottery"};
    static final String[] TYPOS = {"walkng", "befriendng", "gardn", "mindfullness", "choire", "potery", "anxety",
            "benifits", "cookin", "yogga"};
    static final double[][] CITIES = {{51.5072, -0.1276}, {52.4862, -1.8904}, {53.4808, -2.2426},
            {53.8008, -1.5491}, {55.8642, -4.2518}, {53.3811, -1.4701}, {51.4545, -2.5879}, {55.9533, -3.1883},
            {52.9548, -1.1581}, {54.9783, -1.6178}, {50.3755, -4.1427}, {52.6309, 1.2974}};
    static final String[] PARENT_TERMS = {"activity", "social", "money", "mental", "creative", "food"};

    // The SQL that SearchSql, SearchOrder and RankedPage build for these four kinds of query.
    static final String ANY_WORD = "cast(replace(cast(websearch_to_tsquery('english', immutable_unaccent(:text))"
            + " as text), ' & ', ' | ') as tsquery)";
    static final String TEXT_MATCH = "s.search_vector @@ " + ANY_WORD;
    static final String TEXT_SCORE = "(1 + 2 * ts_rank(s.search_vector, " + ANY_WORD + "))";
    // SearchWordRepository's spelling correction: for each word of four letters or more that is not a stop word, a
    // directory word or a stem of one, the most similar directory word.
    static final String CORRECTION = "SELECT q.word, (SELECT w.word FROM search_word w WHERE w.word % q.folded"
            + " AND similarity(w.word, q.folded) >= 0.4 ORDER BY similarity(w.word, q.folded) DESC, length(w.word),"
            + " w.word LIMIT 1) FROM (SELECT word, immutable_unaccent(lower(word)) AS folded"
            + " FROM unnest(string_to_array(:words, ' ')) AS word) q"
            + " WHERE cardinality(ts_lexize('english_stem', q.folded)) > 0"
            + " AND NOT EXISTS (SELECT 1 FROM search_word w WHERE w.word = q.folded)"
            + " AND NOT EXISTS (SELECT 1 FROM search_word w WHERE w.lexeme = (ts_lexize('english_stem', q.folded))[1])";
    static final String SERVICES = " FROM service s JOIN organization o ON o.id = s.organization_id"
            + " WHERE s.status <> 'defunct' AND o.verified";
    static final String SALS = " FROM service_at_location sal JOIN service s ON s.id = sal.service_id"
            + " JOIN organization o ON o.id = s.organization_id"
            + " WHERE s.status <> 'defunct' AND o.verified";
    // Within a radius the service keeps the search's plan (SearchSql.planKept): the words and the point are subqueries,
    // computed once per search, and words and categories are tested on the service at location's copies (V18).
    static final String POINT = "(SELECT ll_to_earth(:latitude, :longitude))";
    static final String WITHIN = " AND earth_box(" + POINT + ", :radius) @> sal.earth_point"
            + " AND earth_distance(" + POINT + ", sal.earth_point) <= :radius";
    static final String DISTANCE = "earth_distance(" + POINT + ", sal.earth_point)";
    static final String ANY_WORD_ONCE = "(SELECT " + ANY_WORD + ")";
    static final String TEXT_MATCH_WITHIN = "(sal.search_vector @@ " + ANY_WORD_ONCE + " OR sal.search_vector IS NULL)"
            + " AND s.search_vector @@ " + ANY_WORD_ONCE;
    static final String TEXT_SCORE_WITHIN = "(1 + 2 * ts_rank(s.search_vector, " + ANY_WORD_ONCE + "))";
    static final String TERM_WITHIN = " AND sal.taxonomy_term_ids && ARRAY(WITH RECURSIVE terms(id) AS (SELECT id"
            + " FROM taxonomy_term WHERE id = cast(:term as uuid) UNION ALL SELECT t.id FROM taxonomy_term t JOIN"
            + " terms ON t.parent_id = terms.id) SELECT id FROM terms)";

    /**
     * One query of the mix: its HTTP path and the same search as SQL (the page with the count of all matches in the
     * same pass, as the service's RankedPage.fetch asks for it; text searches are spelling-corrected first).
     */
    record Query(String kind, String path, String pageSql, Map<String, Object> params, boolean planKept) {
    }

    /**
     * A page as RankedPage.fetch asks for it: the sort keys that need the matching row computed with each match in a
     * subquery, then the count of all matches and the first 20 by the keys (distance as the subquery's column), ties
     * by name and id.
     */
    static String page(String select, String fromWhere, String innerKey, String order) {
        return "SELECT id, distance, count(*) OVER () AS total FROM (" + select
                + (innerKey == null ? "" : ", " + innerKey + " AS sort_key_0") + ", s.name AS sort_key_1" + fromWhere
                + " OFFSET 0) matches ORDER BY " + order + ", sort_key_1, id LIMIT 20 OFFSET 0";
    }

    /** A text search by relevance without a point, as the service runs it. */
    static Query textOnly(String kind, String path, Map<String, Object> p) {
        return new Query(kind, path, page("SELECT s.id, null AS distance", SERVICES + " AND " + TEXT_MATCH, TEXT_SCORE,
                "sort_key_0 DESC"), p, false);
    }

    static Query next(long n, Map<String, String> termIds) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        double[] city = CITIES[r.nextInt(CITIES.length)];
        double lat = city[0] + (r.nextDouble() - 0.5) * 0.1;
        double lon = city[1] + (r.nextDouble() - 0.5) * 0.1;
        Map<String, Object> p = new LinkedHashMap<>();
        switch (KINDS[(int) (n % KINDS.length)]) {
            case 0 -> {
                p.put("text", WORDS[r.nextInt(WORDS.length)]);
                return textOnly("text", "/services?per_page=20&search=" + enc(p.get("text")), p);
            }
            case 1 -> {
                p.put("text", WORDS[r.nextInt(WORDS.length)]);
                p.put("latitude", lat);
                p.put("longitude", lon);
                p.put("radius", 5000);
                return new Query("text + 5 km", "/service_at_locations?per_page=20&proximity=5000&search="
                        + enc(p.get("text")) + "&lat=" + lat + "&lon=" + lon,
                        page("SELECT sal.id, " + DISTANCE + " AS distance", SALS + " AND " + TEXT_MATCH_WITHIN + WITHIN,
                                TEXT_SCORE_WITHIN, "sort_key_0 / (1 + coalesce(distance, 20000) / 5000.0) DESC"), p,
                        true);
            }
            case 2 -> {
                p.put("term", termIds.get(PARENT_TERMS[r.nextInt(PARENT_TERMS.length)]));
                p.put("latitude", lat);
                p.put("longitude", lon);
                p.put("radius", 5000);
                return new Query("taxonomy + 5 km", "/service_at_locations?per_page=20&proximity=5000"
                        + "&taxonomy_term_id=" + p.get("term") + "&lat=" + lat + "&lon=" + lon,
                        page("SELECT sal.id, " + DISTANCE + " AS distance", SALS + TERM_WITHIN + WITHIN, null,
                                "distance ASC NULLS LAST"), p, true);
            }
            default -> {
                p.put("text", TYPOS[r.nextInt(TYPOS.length)]);
                return textOnly("typo name", "/services?per_page=20&search=" + enc(p.get("text")), p);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "generate" -> sqlFile(Path.of(args.length > 1 ? args[1] : "bench/generate-100k.sql"));
            case "remove" -> sqlFile(Path.of(args.length > 1 ? args[1] : "bench/remove.sql"));
            case "run" -> run();
            default -> throw new IllegalArgumentException("generate | remove | run");
        }
    }

    static void sqlFile(Path file) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute(Files.readString(file));
        }
        System.out.printf("%s: %.1f s%n", file, (System.nanoTime() - started) / 1e9);
    }

    static void run() throws Exception {
        Map<String, String> termIds = new LinkedHashMap<>();
        long services;
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            ResultSet terms = s.executeQuery("SELECT code, id FROM taxonomy_term"
                    + " WHERE taxonomy_id = 'b1980142-3169-59c9-91aa-01ff822f0aee'"); // the demo categories
            while (terms.next()) {
                termIds.put(terms.getString(1), terms.getString(2));
            }
            ResultSet count = s.executeQuery("SELECT count(*) FROM service");
            count.next();
            services = count.getLong(1);
        }
        long pid = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("community-directory-service")).mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        System.out.printf("Directory at %s with %,d services; service pid %d; %d s per step%n", DIRECTORY, services,
                pid, SECONDS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // Warm up both paths (JIT, caches) before measuring.
        step(8, 10, n -> http(http, next(n, termIds)), pid);
        step(8, 5, sqlWorker(termIds), -1);
        List<String> cpu = new ArrayList<>();
        System.out.println("| clients | service req/s | p50 ms | p95 ms | p99 ms | max RSS MB | raw SQL req/s | service / raw |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int clients : CLIENTS) {
            Result service = step(clients, SECONDS, n -> http(http, next(n, termIds)), pid);
            Result raw = step(clients, SECONDS, sqlWorker(termIds), -1);
            System.out.printf("| %d | %.0f | %.1f | %.1f | %.1f | %d | %.0f | %.2f |%n", clients, service.throughput,
                    service.p(50), service.p(95), service.p(99), service.maxRssMb, raw.throughput,
                    service.throughput / raw.throughput);
            cpu.add("| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |".formatted(clients, service.cpu.service(),
                    service.cpu.postgres(), service.cpu.generator(), service.cpu.total(), raw.cpu.postgres(),
                    raw.cpu.generator()));
        }
        System.out.println();
        System.out.println("CPU time per request, ms (query kinds " + Arrays.stream(KINDS)
                .mapToObj(ALL_KINDS::get).distinct().toList() + "):");
        System.out.println();
        System.out.println("| clients | service | PostgreSQL | load generator | all | raw SQL: PostgreSQL | raw SQL: load generator |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        cpu.forEach(System.out::println);
    }

    interface Worker {
        void call(long n) throws Exception;
    }

    /** Each thread holds its own connection, as the service's pool does. */
    static Worker sqlWorker(Map<String, String> termIds) {
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(JDBC);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return n -> {
            Query q = next(n, termIds);
            Connection c = connection.get();
            if (q.params.get("text") instanceof String text) {
                // Kept for the same words, as the service's SpellingCorrections keeps them.
                String kept = CORRECTED.get(text);
                if (kept == null) {
                    kept = corrected(c, text);
                    CORRECTED.put(text, kept);
                }
                q.params.put("text", kept);
            }
            // As the service's SearchStatement: planned for its values every time (an unnamed statement), or within a
            // radius prepared on the server after five uses, its plan kept.
            try (PreparedStatement ps = bind(c, q.pageSql, q.params, !q.planKept); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        };
    }

    /** Spelling corrections made so far, by the text asked. */
    static final Map<String, String> CORRECTED = new ConcurrentHashMap<>();

    static String corrected(Connection c, String text) throws Exception {
        List<String> words = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_])[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}\\p{N}_])")
                .matcher(text).results().map(MatchResult::group)
                .filter(w -> w.length() >= 4).distinct().toList();
        if (words.isEmpty()) {
            return text;
        }
        String result = text;
        // Prepared on the server after five uses and its plan kept, as the service's spelling correction.
        try (PreparedStatement ps = bind(c, CORRECTION, Map.of("words", String.join(" ", words)), false);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    result = result.replaceAll("(?<![\\p{L}\\p{M}\\p{N}_])" + Pattern.quote(rs.getString(1))
                            + "(?![\\p{L}\\p{M}\\p{N}_])", rs.getString(2));
                }
            }
        }
        return result;
    }

    /** @param plannedEachTime never prepared on the server, so PostgreSQL plans it for its values every time */
    static PreparedStatement bind(Connection c, String sql, Map<String, Object> params, boolean plannedEachTime)
            throws Exception {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile(":(\\w+)").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement ps = c.prepareStatement(jdbc.toString());
        if (plannedEachTime) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < names.size(); i++) {
            ps.setObject(i + 1, params.get(names.get(i)));
        }
        return ps;
    }

    static void http(HttpClient http, Query q) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(DIRECTORY + q.path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(q.path + " answered " + response.statusCode());
        }
    }

    /** CPU milliseconds per request that each part spent during a step. */
    record Cpu(double service, double postgres, double generator) {
        double total() {
            return service + postgres + generator;
        }
    }

    record Result(double throughput, long[] latenciesNanos, long maxRssMb, Cpu cpu) {
        double p(int percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    static Result step(int clients, int seconds, Worker worker, long pid) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong counter = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong maxRss = new AtomicLong();
        long serviceTicks = pid > 0 ? cpuTicks(pid) : 0;
        long postgresTicks = postgresTicks();
        long ownTicks = cpuTicks(ProcessHandle.current().pid());
        for (int t = 0; t < clients; t++) {
            long[] latencies = new long[2_000_000];
            int[] size = {0};
            perThread.add(latencies);
            Thread thread = Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    try {
                        worker.call(counter.getAndIncrement());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    latencies[size[0]++] = System.nanoTime() - started;
                }
                latencies[latencies.length - 1] = size[0];
            });
            threads.add(thread);
        }
        while (threads.stream().anyMatch(Thread::isAlive)) {
            if (pid > 0) {
                maxRss.accumulateAndGet(rssMb(pid), Math::max);
            }
            Thread.sleep(250);
        }
        // CPU used by the step's requests only: counted before the latencies are sorted.
        long serviceUsed = pid > 0 ? cpuTicks(pid) - serviceTicks : 0;
        long postgresUsed = postgresTicks() - postgresTicks;
        long ownUsed = cpuTicks(ProcessHandle.current().pid()) - ownTicks;
        long total = 0;
        List<Long> all = new ArrayList<>();
        for (long[] latencies : perThread) {
            int n = (int) latencies[latencies.length - 1];
            total += n;
            for (int i = 0; i < n; i++) {
                all.add(latencies[i]);
            }
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double perRequest = MS_PER_TICK / Math.max(1, total);
        Cpu cpu = new Cpu(serviceUsed * perRequest, postgresUsed * perRequest, ownUsed * perRequest);
        return new Result(total / (double) seconds, sorted, maxRss.get(), cpu);
    }

    /** User and system CPU ticks a process has used so far (0 once it is gone). */
    static long cpuTicks(long pid) {
        return cpuTicks(pid, false);
    }

    /** The same, with those of the process's children that ended, if asked. */
    static long cpuTicks(long pid, boolean endedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            // cutime, cstime: the children's that ended
            return endedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * CPU ticks of every PostgreSQL process (the postmaster, its backends and background workers), with those of its
     * processes that ended (parallel workers, closed connections), which the postmaster holds as its children's. The
     * local stack's one PostgreSQL serves every service and Keycloak, which are idle during a step.
     */
    static long postgresTicks() {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).strip().equals("postgres");
                        } catch (Exception e) {
                            return false;
                        }
                    }).mapToLong(p -> cpuTicks(Long.parseLong(p.getFileName().toString()), true)).sum();
        } catch (Exception e) {
            return 0;
        }
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

    static String enc(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
