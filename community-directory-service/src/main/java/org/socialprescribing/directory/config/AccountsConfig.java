package org.socialprescribing.directory.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The directory's service account in Keycloak, used when a coordinator verifies a joining request. */
@ConfigMapping(prefix = "directory.accounts")
public interface AccountsConfig {

    /** The realm's admin API; by default derived from quarkus.oidc.auth-server-url (/realms/x to /admin/realms/x). */
    Optional<String> adminUrl();

    @WithDefault("directory-user-admin")
    String clientId();

    /** Set DIRECTORY_ACCOUNTS_CLIENT_SECRET; without it, approvals answer 503. */
    Optional<String> clientSecret();

    @WithDefault("PT5S")
    Duration timeout();
}
