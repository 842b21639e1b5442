package org.socialprescribing.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The official Keycloak distribution ({@code org.keycloak:keycloak-quarkus-dist}, resolved by Maven from Maven
 * Central), unpacked once and started in dev mode with the suite's realm file. Its data lives in its own PostgreSQL
 * database, so one data directory holds everything and {@code ./suite reset} wipes it all.
 */
public final class KeycloakServer {

    public static final String REALM = "social-prescribing";

    private KeycloakServer() {
    }

    /**
     * Unpacks the distribution into {@code home} unless it is already there, and writes the local realm (the
     * production realm with the local layer merged over it, {@link RealmLayers}) as its import file.
     */
    public static void install(Path home) throws IOException {
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            Path zip = BuildInfo.keycloakDistribution();
            if (!Files.exists(zip)) {
                throw new StackException("The Keycloak distribution is not in the local Maven repository (" + zip
                        + "): build the suite first (./mvnw -DskipTests install).");
            }
            unzipStrippingTopFolder(zip, home);
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.write(importDir.resolve(REALM + "-realm.json"), RealmLayers.localBytes());
    }

    /**
     * The command line. Keep the build-time options ({@code --db}, {@code --health-enabled}) identical everywhere: a
     * change makes Keycloak rebuild itself (about 17 s) on its next start. The hosts are run-time options.
     *
     * @param bindAddress
     *            the address both HTTP servers listen on ({@code 127.0.0.1} unless the user says otherwise)
     */
    public static List<String> command(Path home, String bindAddress, int httpPort, int managementPort,
            String jdbcUrl, String dbUser) {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + bindAddress,
                "--http-port=" + httpPort,
                "--http-management-host=" + bindAddress,
                "--http-management-port=" + managementPort,
                "--import-realm",
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + jdbcUrl,
                "--db-username=" + dbUser);
    }

    /** Secrets go through the environment, not the command line, where any local user could read them. */
    public static Map<String, String> environment(String dbPassword, String adminPassword) {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_DB_PASSWORD", dbPassword,
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    }

    /** Ready once the realm is imported and its discovery document is served. */
    public static URI readyUrl(int httpPort) {
        return URI.create(issuer(httpPort) + "/.well-known/openid-configuration");
    }

    public static String issuer(int httpPort) {
        return "http://localhost:" + httpPort + "/realms/" + REALM;
    }

    private static void unzipStrippingTopFolder(Path zip, Path home) throws IOException {
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking");
        FileTrees.deleteRecursively(staging);
        Files.createDirectories(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = staging.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe entry in " + zip + ": " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }
}
