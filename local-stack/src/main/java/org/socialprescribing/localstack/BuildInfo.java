package org.socialprescribing.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** Versions and artifact locations that Maven wrote into the jar at build time. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    public static String keycloakVersion() {
        return PROPERTIES.getProperty("keycloak.version");
    }

    /** The Keycloak distribution zip in the local Maven repository (the build resolved it from Maven Central). */
    public static Path keycloakDistribution() {
        return Path.of(PROPERTIES.getProperty("keycloak.dist"));
    }

    private static Properties load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
