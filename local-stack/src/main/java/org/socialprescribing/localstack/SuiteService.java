package org.socialprescribing.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A Quarkus application of the suite, as the launcher runs it: its module, its port and its management port (health
 * and metrics, prod profile), for the services that own data its database (which is also the name of its login
 * role), and the most heap its JVM may take.
 */
public record SuiteService(String name, ToIntFunction<StackSettings.Ports> port,
        ToIntFunction<StackSettings.Ports> managementPort, String database, List<String> extensions,
        int maxHeapMegabytes) {

    /**
     * The directory's heap: its live data under search load is about 30 MB, and its memory target (RSS under 300 MB,
     * bench/README.md) leaves room for about 100 MB of heap beside the JVM's own code, metaspace and buffers; a
     * 100 000-service feed import runs in it too.
     */
    static final int DIRECTORY_HEAP_MB = 96;

    static final int DEFAULT_HEAP_MB = 256;

    /** The PostgreSQL extensions the directory's search uses (created by the admin: not all are "trusted"). */
    public static final List<String> DIRECTORY_EXTENSIONS = List.of("pg_trgm", "unaccent", "cube", "earthdistance");

    public static final List<SuiteService> ALL = List.of(
            new SuiteService("community-directory-service", StackSettings.Ports::directory,
                    ports -> ports.management().directory(), "directory", DIRECTORY_EXTENSIONS, DIRECTORY_HEAP_MB),
            new SuiteService("referral-service", StackSettings.Ports::referral,
                    ports -> ports.management().referral(), "referral", List.of(), DEFAULT_HEAP_MB),
            new SuiteService("wellbeing-service", StackSettings.Ports::wellbeing,
                    ports -> ports.management().wellbeing(), "wellbeing", List.of(), DEFAULT_HEAP_MB),
            new SuiteService("web-portal", StackSettings.Ports::portal, ports -> ports.management().portal(), null,
                    List.of(), DEFAULT_HEAP_MB));

    public boolean ownsDatabase() {
        return database != null;
    }

    public int port(StackSettings settings) {
        return port.applyAsInt(settings.ports());
    }

    public Path runner(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public int managementPort(StackSettings settings) {
        return managementPort.applyAsInt(settings.ports());
    }

    public String baseUrl(StackSettings settings) {
        return "http://localhost:" + port(settings);
    }

    /** Health and metrics: the management interface, which the prod profile turns on. */
    public String managementUrl(StackSettings settings) {
        return "http://localhost:" + managementPort(settings);
    }
}
