package org.socialprescribing.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A Quarkus application of the suite, as the launcher runs it: its module, its port and, for the services that own
 * data, its database (which is also the name of its login role).
 */
public record SuiteService(String name, ToIntFunction<StackSettings.Ports> port, String database) {

    public static final List<SuiteService> ALL = List.of(
            new SuiteService("community-directory-service", StackSettings.Ports::directory, "directory"),
            new SuiteService("referral-service", StackSettings.Ports::referral, "referral"),
            new SuiteService("wellbeing-service", StackSettings.Ports::wellbeing, "wellbeing"),
            new SuiteService("web-portal", StackSettings.Ports::portal, null));

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
