package org.socialprescribing.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from the test Keycloak: demo users through the local-only {@code suite-cli} client (password
 * grant), partner systems through client credentials. Cached per user for the JVM (tokens live 5 minutes, the
 * realm's setting; a module's tests finish well within that after the first fetch, and a new fetch follows expiry).
 */
public final class Tokens {

    /** The local realm's partner-system secret (local realm only, see docs/security.md). */
    public static final String PARTNER_SYSTEM_SECRET = "local-partner-system-secret-change-me-0123456789";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private record CachedToken(String value, long expiresAtMillis) {
    }

    private Tokens() {
    }

    /** An access token for a demo user (password {@code demo}) from this JVM's test Keycloak. */
    public static String of(String username) {
        return of(TestStack.get().issuer(), username);
    }

    /** An access token for a demo user from the Keycloak of the given issuer (e.g. a whole local stack). */
    public static String of(String issuer, String username) {
        return cached(issuer + "|" + username, () -> request(issuer, Map.of("grant_type", "password",
                "client_id", "suite-cli", "username", username, "password", "demo", "scope", "openid")));
    }

    /** A new token for a demo user, not the cached one: for after their roles or attributes have changed. */
    public static String fresh(String username) {
        String issuer = TestStack.get().issuer();
        CACHE.remove(issuer + "|" + username);
        return of(issuer, username);
    }

    /** A client-credentials token of the {@code partner-system} client (a GP or council system). */
    public static String partnerSystem() {
        String issuer = TestStack.get().issuer();
        return cached(issuer + "|client:partner-system", () -> request(issuer, Map.of("grant_type",
                "client_credentials", "client_id", "partner-system", "client_secret", PARTNER_SYSTEM_SECRET)));
    }

    private static String cached(String key, java.util.function.Supplier<JsonNode> fetch) {
        CachedToken token = CACHE.get(key);
        if (token == null || token.expiresAtMillis() < System.currentTimeMillis() + 30_000) {
            JsonNode response = fetch.get();
            token = new CachedToken(response.get("access_token").asText(),
                    System.currentTimeMillis() + response.get("expires_in").asLong() * 1000);
            CACHE.put(key, token);
        }
        return token.value();
    }

    private static JsonNode request(String issuer, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request failed: " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
