package org.socialprescribing.portal.rest;

import java.net.URI;
import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Signing out is a form post checked for its CSRF token, so no other page can sign someone out. Quarkus OIDC's own
 * logout path is not used: it signs out on any method at that path before the CSRF check could run. Here the
 * session cookies are removed, then the browser goes to Keycloak's logout (RP-initiated, with the ID token as the
 * hint) and comes back to the start page.
 */
@Path("/sign-out")
public class SignOutResource {

    private final SecurityIdentity identity;
    private final OidcSession session;
    private final OidcConfigurationMetadata keycloak;

    public SignOutResource(SecurityIdentity identity, OidcSession session, OidcConfigurationMetadata keycloak) {
        this.identity = identity;
        this.session = session;
        this.keycloak = keycloak;
    }

    @POST
    @PermitAll
    public Response signOut(@Context UriInfo uri) {
        URI start = uri.getBaseUri();
        if (identity.isAnonymous()) {
            return Response.seeOther(start).build();
        }
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        // Removing the session cookies is local work: bounded all the same, never an open-ended wait.
        session.logout().await().atMost(Duration.ofSeconds(5));
        UriBuilder logout = UriBuilder.fromUri(keycloak.getEndSessionUri()).queryParam("post_logout_redirect_uri",
                start);
        if (idToken != null) {
            logout.queryParam("id_token_hint", idToken.getToken());
        }
        return Response.seeOther(logout.build()).build();
    }
}
