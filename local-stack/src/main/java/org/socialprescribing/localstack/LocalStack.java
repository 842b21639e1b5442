package org.socialprescribing.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole suite on one machine without Docker: PostgreSQL, Keycloak, the three services and the web portal, each
 * a child process that {@link #close()} stops. {@code ./suite up} and the suite tests both start it through here.
 */
public final class LocalStack implements AutoCloseable {

    /** The local realm's web-portal client secret; the realm file is for local use only (see docs/security.md). */
    public static final String LOCAL_PORTAL_CLIENT_SECRET = "local-web-portal-secret-change-me-0123456789";
    /** The demo directory's own category list (community-directory-service's demo data). */
    static final String DEMO_CATEGORIES_TAXONOMY_ID = "b1980142-3169-59c9-91aa-01ff822f0aee";

    /** The local realm's secret of the directory's account-changing service account (local use only). */
    public static final String LOCAL_DIRECTORY_ACCOUNTS_SECRET = "local-directory-user-admin-secret-change-me-0123456789";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final StackSettings settings;
    private final Progress progress;
    private final Path runDir;
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final Map<String, Duration> ownStartTimes = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KeycloakAdminPassword adminPassword;

    private LocalStack(StackSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.runDir = settings.dataDir().resolve("run");
    }

    public static LocalStack start(StackSettings settings, Progress progress) {
        LocalStack stack = new LocalStack(settings, progress);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e instanceof StackException se ? se : new StackException(e.getMessage(), e);
        }
    }

    private void startAll() throws IOException {
        for (SuiteService service : SuiteService.ALL) {
            if (!Files.exists(service.runner(settings.root()))) {
                throw new StackException(service.name() + " is not built (" + service.runner(settings.root())
                        + " is missing): run ./mvnw -DskipTests install");
            }
        }
        List<String> leftovers = StaleProcesses.stopRecorded(runDir, settings.dataDir().toString());
        if (!leftovers.isEmpty()) {
            progress.step("cleanup", "stopped processes left by an earlier run: " + String.join(", ", leftovers));
        }
        startPostgres();
        Map<String, String> passwords = provisionDatabases();

        progress.step("keycloak", "starting on port " + settings.ports().keycloak()
                + (Files.exists(settings.keycloakHome().resolve("lib/quarkus/build-system.properties"))
                        ? ""
                        : " (first start builds Keycloak: about 30 s)"));
        Instant keycloakStart = Instant.now();
        adminPassword = KeycloakAdminPassword.of(settings.dataDir(), settings.keycloakAdminPassword());
        KeycloakServer.install(settings.keycloakHome());
        ManagedProcess keycloak = startKeycloak(passwords.get("keycloak"));

        List<CompletableFuture<Void>> ready = new ArrayList<>();
        ready.add(awaitInBackground(keycloak, keycloakStart));
        for (SuiteService service : SuiteService.ALL) {
            progress.step(service.name(), "starting on port " + service.port(settings));
            Instant start = Instant.now();
            ManagedProcess process = startService(service, passwords.get(service.name()));
            ready.add(awaitInBackground(process, start));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof StackException se ? se : new StackException(e.getMessage(), e);
        }
    }

    private void startPostgres() throws IOException {
        Instant start = Instant.now();
        if (settings.externalPostgres().isPresent()) {
            postgres = PostgresServer.external(settings.externalPostgres().get());
            progress.step("postgres", "using your server at " + settings.externalPostgres().get().host() + ":"
                    + settings.ports().postgres() + " (no embedded server)");
            return;
        }
        progress.step("postgres", "starting on port " + settings.ports().postgres());
        postgres = PostgresServer.embedded(settings.dataDir().resolve("postgres/data"),
                settings.dataDir().resolve("postgres/binaries"), settings.bindAddress(), settings.ports().postgres(),
                settings.durable(), logDir().resolve("postgres.log"));
        progress.step("postgres", "ready in " + Progress.seconds(Duration.between(start, Instant.now())));
    }

    /** One database and one login role per service, and one for Keycloak; fresh random passwords every start. */
    private Map<String, String> provisionDatabases() {
        Map<String, String> passwords = new HashMap<>();
        String keycloakPassword = randomSecret();
        postgres.ensureDatabase("keycloak", "keycloak", keycloakPassword, List.of());
        passwords.put("keycloak", keycloakPassword);
        for (SuiteService service : SuiteService.ALL) {
            if (service.ownsDatabase()) {
                String password = randomSecret();
                postgres.ensureDatabase(service.database(), service.database(), password, service.extensions());
                passwords.put(service.name(), password);
            }
        }
        return passwords;
    }

    private ManagedProcess startKeycloak(String dbPassword) throws IOException {
        int port = settings.ports().keycloak();
        ManagedProcess keycloak = ManagedProcess.start("keycloak",
                KeycloakServer.command(settings.keycloakHome(), settings.bindAddress(), port,
                        settings.ports().keycloakManagement(), postgres.jdbcUrl("keycloak"), "keycloak"),
                KeycloakServer.environment(dbPassword, adminPassword.password()),
                settings.keycloakHome(), logDir(), runDir, KeycloakServer.readyUrl(port));
        processes.add(keycloak);
        return keycloak;
    }

    private ManagedProcess startService(SuiteService service, String dbPassword) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", settings.bindAddress());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port(settings)));
        // Health and metrics are on the management interface in the prod profile: its own port per application.
        env.put("QUARKUS_MANAGEMENT_HOST", settings.bindAddress());
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort(settings)));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakServer.issuer(settings.ports().keycloak()));
        if (service.ownsDatabase()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", service.database());
            env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword);
            env.put("DEMO_DATA_ENABLED", Boolean.toString(settings.demoData()));
            if ("community-directory-service".equals(service.name())) {
                env.put("DIRECTORY_ACCOUNTS_CLIENT_SECRET", LOCAL_DIRECTORY_ACCOUNTS_SECRET);
                // Everything runs on this machine: feeds on loopback (the benchmark's, the journey tests') are allowed.
                env.put("DIRECTORY_FEEDS_ALLOW_PRIVATE_ADDRESSES", "true");
                env.put("DIRECTORY_FEEDS_ALLOW_PLAIN_HTTP", "true");
            }
            if ("referral-service".equals(service.name())) {
                // Matching asks the directory's public search
                env.put("QUARKUS_REST_CLIENT_DIRECTORY_URL", "http://localhost:" + settings.ports().directory());
            }
        } else {
            env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", LOCAL_PORTAL_CLIENT_SECRET);
            env.put("PORTAL_SECURE_TRANSPORT", "false"); // prod profile over plain http: no HSTS, no Secure cookies
            env.put("PORTAL_CSRF_SIGNATURE_KEY", randomSecret() + randomSecret()); // new forms after a restart
            if (settings.demoData()) {
                // Residents browse the demo area's own categories (the directory also holds Open Eligibility).
                env.put("PORTAL_CATEGORIES_TAXONOMY_ID", DEMO_CATEGORIES_TAXONOMY_ID);
            }
            env.put("QUARKUS_REST_CLIENT_WELLBEING_URL", "http://localhost:" + settings.ports().wellbeing());
            env.put("QUARKUS_REST_CLIENT_REFERRAL_URL", "http://localhost:" + settings.ports().referral());
            env.put("QUARKUS_REST_CLIENT_DIRECTORY_URL", "http://localhost:" + settings.ports().directory());
            env.put("QUARKUS_REST_CLIENT_REFERRAL_URL", "http://localhost:" + settings.ports().referral());
        }
        // Two malloc arenas instead of up to 8 per core, and native memory the JVM has freed handed back to the
        // system every 10 s: together about 40 MB less resident memory under load (bench/README.md).
        env.put("MALLOC_ARENA_MAX", "2");
        // Only the quick (C1) compiler: the services spend their time waiting for PostgreSQL, not in Java code. At
        // 100 000 services the directory's search throughput was the same with and without C2, and its resident
        // memory under load 70 MB lower (no C2 compiler arenas, less compiled code; bench/README.md).
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms32m", "-Xmx" + service.maxHeapMegabytes() + "m"));
        if (Runtime.version().compareTo(Runtime.Version.parse("21.0.1")) >= 0) {
            command.add("-XX:TrimNativeHeapInterval=10000"); // a product option since 21.0.1
        }
        command.addAll(List.of("-Dsuite.data-dir=" + settings.dataDir(), "-jar",
                service.runner(settings.root()).toString()));
        ManagedProcess process = ManagedProcess.start(service.name(), command, env, settings.root(), logDir(), runDir,
                URI.create(service.managementUrl(settings) + "/q/health/ready"));
        processes.add(process);
        return process;
    }

    private CompletableFuture<Void> awaitInBackground(ManagedProcess process, Instant start) {
        return CompletableFuture.runAsync(() -> {
            process.awaitReady(READY_TIMEOUT);
            Duration wall = Duration.between(start, Instant.now());
            Matcher own = QUARKUS_STARTED.matcher(process.tail(400));
            String detail = "";
            if (own.find()) {
                Duration ownStart = Duration.ofMillis((long) (Double.parseDouble(own.group(1)) * 1000));
                ownStartTimes.put(process.name(), ownStart);
                detail = " (its own start: " + Progress.seconds(ownStart) + ")";
            }
            progress.step(process.name(), "ready in " + Progress.seconds(wall) + detail
                    + ProcessMemory.rss(process.pid()).map(rss -> ", RSS " + rss + " MB").orElse(""));
        });
    }

    private Path logDir() {
        return settings.dataDir().resolve("logs");
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What a user needs to open the suite, in display order. */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("Web portal", "http://localhost:" + settings.ports().portal() + "/");
        // The packaged (prod profile) applications serve no Swagger UI: the OpenAPI documents are public.
        urls.put("Community directory API", "http://localhost:" + settings.ports().directory() + "/q/openapi");
        urls.put("Referral API", "http://localhost:" + settings.ports().referral() + "/q/openapi");
        urls.put("Wellbeing API", "http://localhost:" + settings.ports().wellbeing() + "/q/openapi");
        urls.put("Keycloak", "http://localhost:" + settings.ports().keycloak() + "/admin/ (user admin, "
                + (adminPassword == null ? "password not set yet" : adminPassword.whereToFindIt()) + ")");
        urls.put("PostgreSQL", "jdbc:postgresql://localhost:" + settings.ports().postgres() + "/postgres");
        return urls;
    }

    /** Stops every process in reverse order of start, then PostgreSQL. Safe to call twice. */
    @Override
    public synchronized void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            try {
                processes.get(i).close();
            } catch (IOException | RuntimeException e) {
                progress.step(processes.get(i).name(), "did not stop cleanly: " + e.getMessage());
            }
        }
        processes.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                progress.step("postgres", "did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
