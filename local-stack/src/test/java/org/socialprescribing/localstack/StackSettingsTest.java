package org.socialprescribing.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsAreTheDocumentedPortsAndDataFolder() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of());
        assertEquals(new StackSettings.Ports(8080, 8081, 8082, 8083, 8180, 8181, 5433,
                new StackSettings.ManagementPorts(9080, 9081, 9082, 9083)), settings.ports());
        assertEquals(ROOT.resolve(".suite"), settings.dataDir());
        assertEquals("127.0.0.1", settings.bindAddress());
        assertTrue(settings.keycloakAdminPassword().isEmpty(), "no fixed admin password");
        assertTrue(settings.externalPostgres().isEmpty());
        assertTrue(settings.durable());
    }

    @Test
    void everyPortAndTheDataFolderCanBeOverridden() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("SUITE_PORTAL_PORT", "9080",
                "SUITE_KEYCLOAK_PORT", "9180", "SUITE_PG_PORT", "6543", "SUITE_DATA_DIR", "/data/suite"));
        assertEquals(9080, settings.ports().portal());
        assertEquals(9180, settings.ports().keycloak());
        assertEquals(6543, settings.ports().postgres());
        assertEquals(Path.of("/data/suite"), settings.dataDir());
    }

    @Test
    void managementPortsBindAddressAndAdminPasswordComeFromTheEnvironment() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("SUITE_DIRECTORY_MANAGEMENT_PORT", "9991",
                "SUITE_BIND_ADDRESS", "0.0.0.0", "SUITE_KEYCLOAK_ADMIN_PASSWORD", "s3cret-enough"));
        assertEquals(9991, settings.ports().management().directory());
        assertEquals("0.0.0.0", settings.bindAddress());
        assertEquals("s3cret-enough", settings.keycloakAdminPassword().orElseThrow());
    }

    @Test
    void aBindAddressTheLauncherCannotReachIsOneClearMessage() {
        for (String address : new String[]{"192.168.1.10", "example.org"}) {
            StackException e = assertThrows(StackException.class,
                    () -> StackSettings.fromEnvironment(ROOT, Map.of("SUITE_BIND_ADDRESS", address)));
            assertTrue(e.getMessage().startsWith("SUITE_BIND_ADDRESS=" + address + " is not a loopback"),
                    e.getMessage());
        }
        assertEquals("::1", StackSettings.fromEnvironment(ROOT, Map.of("SUITE_BIND_ADDRESS", "::1")).bindAddress());
    }

    @Test
    void ownPostgresMeansNoEmbeddedServer() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT,
                Map.of("SUITE_PG_HOST", "db.internal", "SUITE_PG_ADMIN_USER", "admin"));
        assertEquals("db.internal", settings.externalPostgres().orElseThrow().host());
        assertEquals("admin", settings.externalPostgres().orElseThrow().adminUser());
    }

    @Test
    void aBadPortIsOneClearMessage() {
        StackException e = assertThrows(StackException.class,
                () -> StackSettings.fromEnvironment(ROOT, Map.of("SUITE_WELLBEING_PORT", "eighty")));
        assertEquals("SUITE_WELLBEING_PORT=eighty is not a port number (1-65535).", e.getMessage());
        assertThrows(StackException.class, () -> StackSettings.fromEnvironment(ROOT, Map.of("SUITE_PG_PORT", "70000")));
    }

    @Test
    void aListeningPortIsNotFree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertFalse(SuiteLauncher.isFree(taken.getLocalPort()));
        }
    }
}
