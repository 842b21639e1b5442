package org.socialprescribing.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.socialprescribing.localstack.FileTrees;
import org.socialprescribing.localstack.KeycloakServer;
import org.socialprescribing.localstack.ManagedProcess;
import org.socialprescribing.localstack.PostgresServer;
import org.socialprescribing.localstack.StackSettings;

/**
 * The real parts the tests of one JVM share: an embedded PostgreSQL (fresh, in a temporary folder) and the real
 * Keycloak with the local realm (the production realm plus the local layer), on free loopback ports. Started once, on
 * first use; stopped when the JVM exits.
 */
public final class TestStack {

    private static TestStack instance;

    private final Path workDir;
    private final PostgresServer postgres;
    private final ManagedProcess keycloak;
    private final int keycloakPort;

    private TestStack() throws IOException {
        Path root = suiteRoot();
        Path shared = root.resolve("target/test-stack");
        workDir = Files.createTempDirectory(Files.createDirectories(shared), "run-");
        postgres = PostgresServer.embedded(workDir.resolve("postgres"), shared.resolve("postgres-binaries"),
                StackSettings.LOOPBACK, freePort(), false, workDir.resolve("postgres.log"));
        postgres.ensureDatabase("keycloak", "keycloak", "keycloak", List.of());
        Path keycloakHome = shared.resolve("keycloak");
        KeycloakServer.install(keycloakHome);
        keycloakPort = freePort();
        keycloak = ManagedProcess.start("keycloak",
                KeycloakServer.command(keycloakHome, StackSettings.LOOPBACK, keycloakPort, freePort(),
                        postgres.jdbcUrl("keycloak"), "keycloak"),
                KeycloakServer.environment("keycloak", "admin"), keycloakHome, workDir, workDir.resolve("run"),
                KeycloakServer.readyUrl(keycloakPort));
        keycloak.awaitReady(Duration.ofMinutes(3));
    }

    /** The shared stack, started on first call. */
    public static synchronized TestStack get() {
        if (instance == null) {
            try {
                instance = new TestStack();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** A database and login role of the same name, owned by that role (as the local stack gives each service). */
    public String database(String name, List<String> extensions) {
        postgres.ensureDatabase(name, name, name, extensions);
        return postgres.jdbcUrl(name);
    }

    public String issuer() {
        return KeycloakServer.issuer(keycloakPort);
    }

    private void stop() {
        try {
            keycloak.close();
            postgres.close();
            FileTrees.deleteRecursively(workDir);
        } catch (IOException e) {
            System.err.println("Test stack did not stop cleanly: " + e.getMessage());
        }
    }

    /** The repository root, passed by Maven (surefire) as {@code suite.root}. */
    public static Path suiteRoot() {
        String root = System.getProperty("suite.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("suite"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root: set -Dsuite.root");
        }
        return dir;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
