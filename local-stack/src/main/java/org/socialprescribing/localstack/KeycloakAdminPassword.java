package org.socialprescribing.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The local Keycloak's bootstrap admin password: {@code SUITE_KEYCLOAK_ADMIN_PASSWORD} when set, else a random one
 * made once per data folder and kept there (readable by its owner only). Keycloak creates the bootstrap admin only
 * when its database is new, so the password has to stay the same for as long as that data does.
 *
 * @param password
 *            the password Keycloak gets
 * @param file
 *            where it is kept, when it was generated (empty when it came from the environment)
 */
public record KeycloakAdminPassword(String password, Optional<Path> file) {

    static final String FILE_NAME = "keycloak-admin-password";

    public static KeycloakAdminPassword of(Path dataDir, Optional<String> fromEnvironment) throws IOException {
        if (fromEnvironment.isPresent()) {
            return new KeycloakAdminPassword(fromEnvironment.get(), Optional.empty());
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            // Created with mode 600 from the start, so the password is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
        }
        return new KeycloakAdminPassword(Files.readString(file).trim(), Optional.of(file));
    }

    /** For the {@code ./suite up} output: where the password is, never the password itself. */
    public String whereToFindIt() {
        return file.map(f -> "password in " + f).orElse("password from SUITE_KEYCLOAK_ADMIN_PASSWORD");
    }
}
