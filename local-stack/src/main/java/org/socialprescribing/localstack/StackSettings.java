package org.socialprescribing.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack keeps its files and which ports it uses. Every value can be overridden through an
 * environment variable (see the root README), so two stacks, or a stack and the tests, never have to share a port.
 *
 * @param root
 *            the repository root (service modules are found below it)
 * @param dataDir
 *            where data survives between runs ({@code .suite/} by default)
 * @param keycloakHome
 *            where the Keycloak distribution is unpacked
 * @param externalPostgres
 *            a PostgreSQL server of the user's own; when present no embedded server is started
 * @param durable
 *            {@code true} keeps fsync and synchronous commit on (users keep this data); tests turn it off
 * @param demoData
 *            load the demo data (idempotent: Flyway repeatable migrations)
 */
public record StackSettings(Path root, Path dataDir, Path keycloakHome, Ports ports,
        Optional<ExternalPostgres> externalPostgres, boolean durable, boolean demoData) {

    /** The ports of every process of the stack. */
    public record Ports(int portal, int directory, int referral, int wellbeing, int keycloak, int keycloakManagement,
            int postgres) {
    }

    /** A PostgreSQL server the user runs; the stack creates its databases and roles there with these credentials. */
    public record ExternalPostgres(String host, int port, String adminUser, String adminPassword) {
    }

    public static StackSettings fromEnvironment(Path root, Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("SUITE_DATA_DIR", root.resolve(".suite").toString()));
        Ports ports = new Ports(
                port(env, "SUITE_PORTAL_PORT", 8080),
                port(env, "SUITE_DIRECTORY_PORT", 8081),
                port(env, "SUITE_REFERRAL_PORT", 8082),
                port(env, "SUITE_WELLBEING_PORT", 8083),
                port(env, "SUITE_KEYCLOAK_PORT", 8180),
                port(env, "SUITE_KEYCLOAK_MANAGEMENT_PORT", 8181),
                port(env, "SUITE_PG_PORT", 5433));
        Optional<ExternalPostgres> external = Optional.ofNullable(env.get("SUITE_PG_HOST"))
                .filter(host -> !host.isBlank())
                .map(host -> new ExternalPostgres(host, ports.postgres(),
                        env.getOrDefault("SUITE_PG_ADMIN_USER", "postgres"),
                        env.getOrDefault("SUITE_PG_ADMIN_PASSWORD", "")));
        return new StackSettings(root, dataDir, dataDir.resolve("keycloak-" + BuildInfo.keycloakVersion()), ports,
                external, true, true);
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a port number (1-65535).");
        }
    }
}
