package org.socialprescribing.localstack;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * @param bindAddress
 *            the address every process listens on: loopback ({@code 127.0.0.1}) unless {@code SUITE_BIND_ADDRESS}
 *            says otherwise (a wildcard such as {@code 0.0.0.0} opens the suite to the network)
 * @param externalPostgres
 *            a PostgreSQL server of the user's own; when present no embedded server is started
 * @param durable
 *            {@code true} keeps fsync and synchronous commit on (users keep this data); tests turn it off
 * @param demoData
 *            load the demo data (idempotent: Flyway repeatable migrations)
 * @param keycloakAdminPassword
 *            {@code SUITE_KEYCLOAK_ADMIN_PASSWORD}; when empty, a random one kept in the data folder
 *            ({@link KeycloakAdminPassword})
 */
public record StackSettings(Path root, Path dataDir, Path keycloakHome, String bindAddress, Ports ports,
        Optional<ExternalPostgres> externalPostgres, boolean durable, boolean demoData,
        Optional<String> keycloakAdminPassword) {

    public static final String LOOPBACK = "127.0.0.1";

    /** The ports of every process of the stack. */
    public record Ports(int portal, int directory, int referral, int wellbeing, int keycloak, int keycloakManagement,
            int postgres, ManagementPorts management) {
    }

    /** The four applications' management interfaces (health and metrics), each on its own port. */
    public record ManagementPorts(int portal, int directory, int referral, int wellbeing) {
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
                port(env, "SUITE_PG_PORT", 5433),
                new ManagementPorts(
                        port(env, "SUITE_PORTAL_MANAGEMENT_PORT", 9080),
                        port(env, "SUITE_DIRECTORY_MANAGEMENT_PORT", 9081),
                        port(env, "SUITE_REFERRAL_MANAGEMENT_PORT", 9082),
                        port(env, "SUITE_WELLBEING_MANAGEMENT_PORT", 9083)));
        Optional<ExternalPostgres> external = Optional.ofNullable(env.get("SUITE_PG_HOST"))
                .filter(host -> !host.isBlank())
                .map(host -> new ExternalPostgres(host, ports.postgres(),
                        env.getOrDefault("SUITE_PG_ADMIN_USER", "postgres"),
                        env.getOrDefault("SUITE_PG_ADMIN_PASSWORD", "")));
        Optional<String> adminPassword = Optional.ofNullable(env.get("SUITE_KEYCLOAK_ADMIN_PASSWORD"))
                .filter(password -> !password.isBlank());
        return new StackSettings(root, dataDir, dataDir.resolve("keycloak-" + BuildInfo.keycloakVersion()),
                bindAddress(env), ports, external, true, true, adminPassword);
    }

    /**
     * Loopback unless told otherwise. The launcher and the applications reach each other through
     * {@code localhost}, so only a loopback or a wildcard address works; anything else is refused with one line.
     */
    static String bindAddress(Map<String, String> env) {
        String value = env.getOrDefault("SUITE_BIND_ADDRESS", "").trim();
        if (value.isEmpty()) {
            return LOOPBACK;
        }
        try {
            // An IP literal only: no name lookup, and a name would be refused below anyway.
            if (value.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                InetAddress address = InetAddress.getByName(value);
                if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
                    return value;
                }
            }
        } catch (UnknownHostException e) {
            // falls through to the message
        }
        throw new StackException("SUITE_BIND_ADDRESS=" + value + " is not a loopback or wildcard IP address "
                + "(127.0.0.1, the default, or 0.0.0.0 to listen on every interface).");
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
