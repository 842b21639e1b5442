package org.socialprescribing.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.socialprescribing.localstack.FileTrees;
import org.socialprescribing.localstack.KeycloakServer;
import org.socialprescribing.localstack.LocalStack;
import org.socialprescribing.localstack.Progress;
import org.socialprescribing.localstack.StackSettings;
import org.socialprescribing.testsupport.TestStack;

/**
 * The whole suite, started exactly as {@code ./suite up} starts it (same launcher code, the packaged applications,
 * demo data on), on free ports and a fresh data folder so it never meets a suite the developer is running. One per
 * test JVM; stopped when the JVM exits.
 */
final class RunningSuite {

    private static RunningSuite instance;

    private final StackSettings settings;
    private LocalStack stack;

    private RunningSuite() {
        Path root = TestStack.suiteRoot();
        Path dataDir = root.resolve("suite-tests/target/suite-data");
        try {
            FileTrees.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackSettings.Ports ports = new StackSettings.Ports(TestStack.freePort(), TestStack.freePort(),
                TestStack.freePort(), TestStack.freePort(), TestStack.freePort(), TestStack.freePort(),
                TestStack.freePort(), new StackSettings.ManagementPorts(TestStack.freePort(), TestStack.freePort(),
                        TestStack.freePort(), TestStack.freePort()));
        // The Keycloak install (and its one-time build) is shared with the module tests: same options, no rebuild.
        settings = new StackSettings(root, dataDir, root.resolve("target/test-stack/keycloak"),
                StackSettings.LOOPBACK, ports, Optional.empty(), false, true, Optional.of("admin"));
        start();
    }

    static synchronized RunningSuite get() {
        if (instance == null) {
            instance = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    void start() {
        stack = LocalStack.start(settings, new Progress(System.out));
    }

    void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /** Stops every process and starts them again on the same data, as a second {@code ./suite up} would. */
    void restart() {
        stop();
        start();
    }

    StackSettings.Ports ports() {
        return settings.ports();
    }

    String url(int port) {
        return "http://localhost:" + port;
    }

    String issuer() {
        return KeycloakServer.issuer(settings.ports().keycloak());
    }

    /** A superuser connection to one of the suite's databases, to check what is stored. */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + settings.ports().postgres() + "/" + name,
                "postgres", "");
    }
}
