package org.socialprescribing.directory.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.socialprescribing.directory.config.AccountsConfig;
import org.socialprescribing.directory.service.EditorAccounts;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keycloak's admin REST API with the directory's own service account (client credentials): reads the user, adds
 * the organisation to its {@code organisation_ids} attribute, and maps the {@code charity-editor} realm role.
 */
@ApplicationScoped
public class KeycloakEditorAccounts implements EditorAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakEditorAccounts.class);
    private static final String ROLE = "charity-editor";

    private final AccountsConfig config;
    private final String issuer;
    private final ObjectMapper json;
    private final HttpClient http;
    private final java.util.concurrent.ConcurrentHashMap<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public KeycloakEditorAccounts(AccountsConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer, ObjectMapper json) {
        this.config = config;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /**
     * One change per account at a time in this process (read, add, write back would otherwise lose one of two
     * concurrent additions); the write is read back and tried once more if another replica's write replaced it.
     */
    @Override
    public void makeEditor(String accountId, UUID organizationId) {
        synchronized (locks.computeIfAbsent(accountId, id -> new Object())) {
            String user = admin() + "/users/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8);
            for (int attempt = 0; attempt < 2 && !bound(account(user), organizationId); attempt++) {
                addOrganisation(user, organizationId);
            }
            if (!bound(account(user), organizationId)) {
                LOG.warn("Keycloak did not keep the organisation added to an account");
                throw unavailable();
            }
            JsonNode role = send(HttpRequest.newBuilder(URI.create(admin() + "/roles/" + ROLE)).GET(),
                    "read the role");
            ArrayNode roles = json.createArrayNode();
            roles.addObject().put("id", role.path("id").asText()).put("name", ROLE);
            send(HttpRequest.newBuilder(URI.create(user + "/role-mappings/realm")).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(roles.toString())), "grant the role");
        }
    }

    private ObjectNode account(String user) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(user)).GET()
                .header("Authorization", "Bearer " + token()).timeout(config.timeout()).build(), "read the account");
        if (response.statusCode() == 404) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The account that asked to join no longer exists; turn the request down instead.");
        }
        if (response.statusCode() != 200) {
            LOG.warnf("Keycloak could not read the account: HTTP %d", response.statusCode());
            throw unavailable();
        }
        try {
            return (ObjectNode) json.readTree(response.body());
        } catch (IOException | ClassCastException e) {
            throw unavailable();
        }
    }

    private static boolean bound(ObjectNode account, UUID organizationId) {
        for (JsonNode id : account.path("attributes").path("organisation_ids")) {
            if (id.asText().equalsIgnoreCase(organizationId.toString())) {
                return true;
            }
        }
        return false;
    }

    private void addOrganisation(String user, UUID organizationId) {
        ObjectNode account = account(user);
        ObjectNode attributes = account.has("attributes") && account.get("attributes").isObject()
                ? (ObjectNode) account.get("attributes")
                : account.putObject("attributes");
        ArrayNode ids = attributes.has("organisation_ids") && attributes.get("organisation_ids").isArray()
                ? (ArrayNode) attributes.get("organisation_ids")
                : attributes.putArray("organisation_ids");
        ids.add(organizationId.toString());
        send(HttpRequest.newBuilder(URI.create(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(account.toString())), "update the account");
    }

    private String admin() {
        return config.adminUrl().orElseGet(() -> issuer.replace("/realms/", "/admin/realms/"));
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        HttpResponse<String> response = call(request.header("Authorization", "Bearer " + token())
                .timeout(config.timeout()).build(), what);
        if (response.statusCode() / 100 != 2) {
            LOG.warnf("Keycloak could not %s: HTTP %d", what, response.statusCode());
            throw unavailable();
        }
        try {
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable();
        }
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String secret = config.clientSecret().orElseThrow(() -> {
            LOG.warn("directory.accounts.client-secret is not set: joining requests cannot be approved");
            return unavailable();
        });
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(),
                StandardCharsets.UTF_8) + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(issuer
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(config.timeout()).POST(HttpRequest.BodyPublishers.ofString(form)).build(), "sign in");
        if (response.statusCode() != 200) {
            LOG.warnf("Keycloak refused the directory's service account: HTTP %d", response.statusCode());
            throw unavailable();
        }
        try {
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asText();
            tokenExpires = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 30));
            return token;
        } catch (IOException e) {
            throw unavailable();
        }
    }

    private HttpResponse<String> call(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("Keycloak could not be reached to %s: %s", what, e.getClass().getSimpleName());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "The sign-in service could not make the requester an editor just now; nothing has changed. Try"
                        + " again in a minute.");
    }
}
