package org.socialprescribing.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A Quarkus application of the suite, as the launcher runs it: its module, its port and, for the services that own
 * data, its database (which is also the name of its login role).
 */
public record SuiteService(String name, ToIntFunction<StackSettings.Ports> port, String database,
        List<String> extensions) {

    /** The PostgreSQL extensions the directory's search uses (created by the admin: not all are "trusted"). */
    public static final List<String> DIRECTORY_EXTENSIONS = List.of("pg_trgm", "unaccent", "cube", "earthdistance");

    public static final List<SuiteService> ALL = List.of(
            new SuiteService("community-directory-service", StackSettings.Ports::directory, "directory",
                    DIRECTORY_EXTENSIONS),
            new SuiteService("referral-service", StackSettings.Ports::referral, "referral", List.of()),
            new SuiteService("wellbeing-service", StackSettings.Ports::wellbeing, "wellbeing", List.of()),
            new SuiteService("web-portal", StackSettings.Ports::portal, null, List.of()));

    public boolean ownsDatabase() {
        return database != null;
    }

    public int port(StackSettings settings) {
        return port.applyAsInt(settings.ports());
    }

    public Path runner(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl(StackSettings settings) {
        return "http://localhost:" + port(settings);
    }
}
