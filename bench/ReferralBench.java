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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Referral intake benchmark (bench/README.md, "Referral intake"): POSTs self-referrals to referral-service, every
 * request a different person with its own Idempotency-Key, at 1, 8 and 32 clients; then the same rows inserted
 * straight into PostgreSQL, one transaction per referral, for the ratio; then checks that rows stored equal the
 * 201s received, and that a replay of every request with its key stores nothing.
 */
public class ReferralBench {

    static final String SERVICE = env("BENCH_REFERRAL_URL", "http://localhost:8082");
    static final String ROUTE = env("BENCH_ROUTE", "guest");
    static final String ISSUER = env("BENCH_ISSUER", "http://localhost:8180/realms/social-prescribing");
    static final String JDBC = env("BENCH_JDBC_URL", "jdbc:postgresql://localhost:5433/referral?user=postgres");
    static final int SECONDS = Integer.parseInt(env("BENCH_SECONDS", "20"));
    static final int[] CLIENTS = Arrays.stream(env("BENCH_CLIENTS", "1,8,32").split(",")).mapToInt(Integer::parseInt)
            .toArray();
    static final String RUN = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    static final double MS_PER_TICK = 10.0;

    /** Demo categories' terms, so that a referral's needs are real ones. */
    static final List<String> NEEDS = List.of("78ed73fa-a472-53c5-8a76-90ec8f55f526",
            "abd4787b-2ca1-5a03-8ef6-0bc6c6e790fc", "58a23e70-7269-51df-a73f-f63bf249f8e1",
            "c1f6e78e-086e-5012-b905-22294a642986", "e47947c4-b08e-5210-8900-97f9a3315f44",
            "e763d359-631c-5585-9e20-e8c8f7e3918c");
    static final List<String> BANDS = List.of("16-24", "25-34", "35-49", "50-64", "65-79", "80+");
    static final String[] GIVEN = {"Alex", "Bea", "Cai", "Dee", "Eli", "Fran", "Gwen", "Huw", "Ife", "Jo"};

    /** What each successful POST answered, by its key: the referral's id (for the replay check). */
    static final Map<String, String> ANSWERED = new ConcurrentHashMap<>();
    static final AtomicLong CREATED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("remove")) {
            remove();
            return;
        }
        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("referral-service"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("referral-service at %s (pid %d), route %s, run %s, %d s per step%n", SERVICE, pid, ROUTE,
                RUN, SECONDS);
        Bench.step(4, 5, n -> post(http, n, key(n)), pid);
        Bench.step(4, 3, jdbcWorker(), -1);
        System.out.println("| clients | service referrals/s | p50 ms | p95 ms | p99 ms | max RSS MB | raw JDBC referrals/s | service / raw |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int clients : CLIENTS) {
            Bench.Result service = Bench.step(clients, SECONDS, n -> post(http, n, key(n)), pid);
            Bench.Result raw = Bench.step(clients, SECONDS, jdbcWorker(), -1);
            System.out.printf("| %d | %.0f | %.1f | %.1f | %.1f | %d | %.0f | %.2f |%n", clients, service.throughput(),
                    service.p(50), service.p(95), service.p(99), service.maxRssMb(), raw.throughput(),
                    service.throughput() / raw.throughput());
        }
        long stored = storedByThisRun();
        System.out.printf("%nStored by the service in this run: %,d referrals; 201s received: %,d (%s)%n", stored,
                CREATED.get(), stored == CREATED.get() ? "nothing lost or doubled" : "MISMATCH");
        long replayed = 0;
        long differing = 0;
        for (Map.Entry<String, String> answer : ANSWERED.entrySet()) {
            long n = Long.parseLong(answer.getKey().substring(answer.getKey().lastIndexOf('-') + 1));
            String id = post(http, n, answer.getKey());
            replayed++;
            if (!answer.getValue().equals(id)) {
                differing++;
            }
        }
        long after = storedByThisRun();
        System.out.printf("Replayed %,d requests with their Idempotency-Key: %,d answered another referral; stored"
                + " after the replay: %,d (%s)%n", replayed, differing, after,
                after == stored && differing == 0 ? "the replay stored nothing" : "MISMATCH");
    }

    static String key(long n) {
        return RUN + "-" + n;
    }

    /** A different person each time: name, contact, postcode, age band and needs all vary with n. */
    static String body(long n) {
        String needs = "\"" + NEEDS.get((int) (n % NEEDS.size())) + "\""
                + (n % 3 == 0 ? ", \"" + NEEDS.get((int) ((n / 3) % NEEDS.size())) + "\"" : "");
        return """
                {"needs": [%s], "free_text": "%s: would like to meet people", "consent_to_contact": true,
                 "person": {"given_name": "%s", "family_name": "Bench%d", "email": "p%d@bench.example",
                 "phone": "07700 9%05d", "contact_by": ["email"], "postcode": "DM%d %dAB", "age_band": "%s"}%s}"""
                .formatted(needs, RUN, GIVEN[(int) (n % GIVEN.length)], n, n, n % 100_000, 1 + n % 9, 1 + n % 3,
                        BANDS.get((int) (n % BANDS.size())), ROUTE.equals("guest") ? ", \"website\": \"\"" : "");
    }

    /** A link worker's answer names the referral by id; a guest's receipt by its reference (no id is shown). */
    static final Pattern ID = Pattern.compile(ROUTE.equals("guest")
            ? "\"reference\"\\s*:\\s*\"([A-Z0-9-]+)\""
            : "\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static volatile String token;
    static volatile Instant tokenUntil = Instant.EPOCH;

    /** One intake; its referral's id. */
    static String post(HttpClient http, long n, String key) throws Exception {
        String path = ROUTE.equals("guest") ? "/referrals/guest" : "/referrals";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVICE + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body(n)));
        if (!ROUTE.equals("guest")) {
            request.header("Authorization", "Bearer " + token(http));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher id = ID.matcher(response.body());
        String referral = id.find() ? id.group(1) : "";
        if (ANSWERED.putIfAbsent(key, referral) == null) {
            CREATED.incrementAndGet();
        }
        return referral;
    }

    /** A link worker's token (the local realm's suite-cli password grant), fetched again before it expires. */
    static String token(HttpClient http) throws Exception {
        if (Instant.now().isAfter(tokenUntil)) {
            synchronized (ReferralBench.class) {
                if (Instant.now().isAfter(tokenUntil)) {
                    String form = "grant_type=password&client_id=suite-cli&username=linkworker1&password=demo";
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ISSUER
                            + "/protocol/openid-connect/token")).header("Content-Type",
                                    "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
                    if (!m.find()) {
                        throw new IllegalStateException("no token: " + answer.statusCode());
                    }
                    token = m.group(1);
                    tokenUntil = Instant.now().plusSeconds(120);
                }
            }
        }
        return token;
    }

    /**
     * The same rows the service stores for one intake, in one transaction: the Idempotency-Key's claim and its
     * answer, the person, the referral, its needs, the contact consent and the first timeline entry. One connection
     * per thread, as the service's pool holds them.
     */
    static Bench.Worker jdbcWorker() {
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(JDBC);
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return n -> {
            Connection c = connection.get();
            UUID person = UUID.randomUUID();
            UUID referral = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, given_name, family_name, email,"
                    + " phone, contact_by_email, postcode, age_band, preferred_language, created_at, updated_at,"
                    + " version) VALUES (?, ?, ?, ?, ?, true, ?, ?, 'en', ?, ?, 0)");
                    PreparedStatement r = c.prepareStatement("INSERT INTO referral (id, reference, guest_secret_hash,"
                            + " person_id, route, priority, state, contact_attempts, matching, received_at, free_text,"
                            + " version) VALUES (?, ?, ?, ?, 'SELF', 'ROUTINE', 'RECEIVED', 0, 'WAITING', ?, ?, 0)");
                    PreparedStatement need = c.prepareStatement("INSERT INTO referral_need (referral_id, term_id)"
                            + " VALUES (?, ?)");
                    PreparedStatement consent = c.prepareStatement("INSERT INTO consent (id, person_id, referral_id,"
                            + " purpose, wording_version, given_at) VALUES (?, ?, ?, 'CONTACT', 'contact-2026-12', ?)");
                    PreparedStatement event = c.prepareStatement("INSERT INTO referral_event (id, referral_id, at,"
                            + " actor, actor_kind, kind, to_state) VALUES (?, ?, ?, 'guest', 'GUEST', 'received',"
                            + " 'RECEIVED')");
                    PreparedStatement claim = c.prepareStatement("INSERT INTO idempotency_key (caller, key,"
                            + " operation, request_hash, status, created_at) VALUES ('guest:bench', ?,"
                            + " 'guest referral', ?, 0, ?) ON CONFLICT DO NOTHING");
                    PreparedStatement answer = c.prepareStatement("UPDATE idempotency_key SET status = 201,"
                            + " response = cast(? as jsonb) WHERE caller = 'guest:bench' AND key = ?")) {
                String key = RUN + "-raw-" + UUID.randomUUID();
                claim.setString(1, key);
                claim.setBytes(2, new byte[32]);
                claim.setTimestamp(3, now);
                claim.executeUpdate();
                p.setObject(1, person);
                p.setString(2, GIVEN[(int) (n % GIVEN.length)]);
                p.setString(3, "Raw" + n);
                p.setString(4, "r" + n + "@bench.example");
                p.setString(5, "07700 8" + String.format("%05d", n % 100_000));
                p.setString(6, "DM" + (1 + n % 9) + " " + (1 + n % 3) + "AB");
                p.setString(7, BANDS.get((int) (n % BANDS.size())));
                p.setTimestamp(8, now);
                p.setTimestamp(9, now);
                p.executeUpdate();
                r.setObject(1, referral);
                r.setString(2, "RB-" + referral.toString().substring(0, 13).toUpperCase());
                r.setBytes(3, new byte[32]);
                r.setObject(4, person);
                r.setTimestamp(5, now);
                r.setString(6, RUN + "-raw: would like to meet people");
                r.executeUpdate();
                need.setObject(1, referral);
                need.setString(2, NEEDS.get((int) (n % NEEDS.size())));
                need.executeUpdate();
                consent.setObject(1, UUID.randomUUID());
                consent.setObject(2, person);
                consent.setObject(3, referral);
                consent.setTimestamp(4, now);
                consent.executeUpdate();
                event.setObject(1, UUID.randomUUID());
                event.setObject(2, referral);
                event.setTimestamp(3, now);
                event.executeUpdate();
                answer.setString(1, "{\"reference\": \"" + "RB-" + referral.toString().substring(0, 13).toUpperCase()
                        + "\", \"state\": \"received\", \"received_at\": \"" + now.toInstant() + "\"}");
                answer.setString(2, key);
                answer.executeUpdate();
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        };
    }

    static long storedByThisRun() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC);
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM referral WHERE free_text LIKE ?")) {
            s.setString(1, RUN + ": %");
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Takes every benchmark referral (service's and raw) out again, with its people and rows. */
    static void remove() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String bench = "SELECT id FROM referral WHERE free_text LIKE 'bench-%'";
            for (String table : List.of("referral_event", "referral_need", "consent", "match_suggestion",
                    "onward_referral", "audit_entry")) {
                try {
                    s.executeUpdate("DELETE FROM " + table + " WHERE referral_id IN (" + bench + ")");
                } catch (java.sql.SQLException noSuchTable) {
                    c.rollback();
                }
            }
            s.executeUpdate("CREATE TEMP TABLE bench_people AS SELECT person_id FROM referral WHERE free_text LIKE 'bench-%'");
            int referrals = s.executeUpdate("DELETE FROM referral WHERE free_text LIKE 'bench-%'");
            s.executeUpdate("DELETE FROM idempotency_key WHERE key LIKE 'bench-%'");
            int people = s.executeUpdate("DELETE FROM person WHERE id IN (SELECT person_id FROM bench_people)"
                    + " AND id NOT IN (SELECT person_id FROM referral)");
            c.commit();
            System.out.printf("Removed %,d benchmark referrals and %,d people%n", referrals, people);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
