package org.socialprescribing.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakAdminPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutTheVariableARandomPasswordIsMadeOncePerDataFolderAndKeptPrivate() throws Exception {
        KeycloakAdminPassword first = KeycloakAdminPassword.of(dataDir, Optional.empty());
        KeycloakAdminPassword again = KeycloakAdminPassword.of(dataDir, Optional.empty());

        assertEquals(first.password(), again.password(), "the same data folder keeps its password");
        assertNotEquals("admin", first.password());
        assertTrue(first.password().length() >= 20, first.password());
        Path file = first.file().orElseThrow();
        assertEquals(dataDir.resolve("keycloak-admin-password"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("password in " + file, first.whereToFindIt());
        assertNotEquals(first.password(),
                KeycloakAdminPassword.of(dataDir.resolve("other"), Optional.empty()).password(),
                "another data folder gets its own");
    }

    @Test
    void theVariableWinsAndNothingIsWritten() throws Exception {
        KeycloakAdminPassword password = KeycloakAdminPassword.of(dataDir, Optional.of("from-the-environment"));
        assertEquals("from-the-environment", password.password());
        assertTrue(password.file().isEmpty());
        assertTrue(Files.notExists(dataDir.resolve("keycloak-admin-password")));
    }
}
