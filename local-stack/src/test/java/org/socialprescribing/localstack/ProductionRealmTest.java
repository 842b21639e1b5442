package org.socialprescribing.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The production realm file can carry no demo user, no password grant and no committed secret, and keeps the
 * review's settings; the local realm (production plus the local layer) still has what the token-based tests use.
 */
class ProductionRealmTest {

    /** A placeholder Keycloak fills from the environment at import, with no default: never a committed secret. */
    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

    private final ObjectNode production = RealmLayers.production();

    @Test
    void productionRealmBreaksNoRule() {
        assertEquals(List.of(), violations(production));
    }

    @Test
    void theOldLocalOnlyRealmWouldHaveFailed() {
        // The rule set catches what the review found in the single local realm: the merged local realm has it all.
        List<String> found = violations(RealmLayers.local());
        for (String expected : List.of("user resident1", "client suite-cli", "directAccessGrantsEnabled",
                "sslRequired", "verifyEmail", "literal secret", "redirect URI http://localhost:*")) {
            assertTrue(found.stream().anyMatch(v -> v.contains(expected)), expected + " not caught: " + found);
        }
    }

    @Test
    void localRealmKeepsTheDemoUsersSuiteCliAndTheLocalSecrets() {
        ObjectNode local = RealmLayers.local();
        List<String> users = StreamSupport.stream(local.path("users").spliterator(), false)
                .map(user -> user.path("username").asText()).toList();
        assertTrue(users.containsAll(List.of("resident1", "resident2", "linkworker1", "linkworker2", "editor1",
                "editor2", "coordinator1", "commissioner1", "applicant1", "service-account-partner-system",
                "service-account-directory-user-admin")), users.toString());
        JsonNode resident = find(local.path("users"), "username", "resident1");
        assertEquals("demo", resident.path("credentials").path(0).path("value").asText());
        assertTrue(find(local.path("clients"), "clientId", "suite-cli").path("directAccessGrantsEnabled").asBoolean());
        assertEquals(LocalStack.LOCAL_PORTAL_CLIENT_SECRET,
                find(local.path("clients"), "clientId", "web-portal").path("secret").asText());
        assertEquals(LocalStack.LOCAL_DIRECTORY_ACCOUNTS_SECRET,
                find(local.path("clients"), "clientId", "directory-user-admin").path("secret").asText());
        assertFalse(local.has("smtpServer"), "no mail server locally");
        assertFalse(local.path("verifyEmail").asBoolean(true));
        assertEquals("external", local.path("sslRequired").asText());
        // Keycloak's import checks imported passwords against the policy: "demo" needs a shorter minimum, nothing else.
        assertEquals("length(4) and notUsername and notEmail and passwordHistory(3)",
                local.path("passwordPolicy").asText());
        // Nothing is left for the environment to fill: the local Keycloak needs no SUITE_* variables.
        assertFalse(local.toString().contains("${SUITE_"), "a placeholder is left in the local realm");
    }

    /** Every rule the production realm must keep; one line per breach. */
    static List<String> violations(ObjectNode realm) {
        List<String> found = new ArrayList<>();
        Set<String> clientIds = new java.util.HashSet<>();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            clientIds.add(id);
            if ("suite-cli".equals(id)) {
                found.add("client suite-cli (local password grant)");
            }
            if (!client.path("directAccessGrantsEnabled").isBoolean()
                    || client.path("directAccessGrantsEnabled").asBoolean()) {
                found.add("client " + id + ": directAccessGrantsEnabled is not false");
            }
            if (client.has("secret") && !SECRET_PLACEHOLDER.matcher(client.path("secret").asText()).matches()) {
                found.add("client " + id + ": literal secret (use a ${VARIABLE} placeholder without default)");
            }
            boolean confidential = !client.path("publicClient").asBoolean() && !client.path("bearerOnly").asBoolean();
            if (confidential && !client.has("secret")) {
                found.add("client " + id + ": confidential without a secret placeholder (Keycloak would make one)");
            }
            // Keycloak adds offline_access to the default roles of every new realm whatever the file says; without
            // the offline_access client scope no client can get an offline token all the same.
            if (!client.path("optionalClientScopes").isArray()
                    || client.toString().contains("\"offline_access\"")) {
                found.add("client " + id + ": optionalClientScopes not stated, or offline_access in its scopes");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                checkUrl(found, "client " + id + ": redirect URI ", uri.asText());
            }
            for (JsonNode origin : client.path("webOrigins")) {
                checkUrl(found, "client " + id + ": web origin ", origin.asText());
            }
            for (String field : List.of("rootUrl", "baseUrl", "adminUrl")) {
                if (client.has(field) && client.path(field).asText().contains("://")) {
                    checkUrl(found, "client " + id + ": " + field + " ", client.path(field).asText());
                }
            }
            String logout = client.path("attributes").path("post.logout.redirect.uris").asText("");
            for (String uri : logout.isEmpty() ? new String[0] : logout.split("##")) {
                checkUrl(found, "client " + id + ": post-logout redirect URI ", uri);
            }
        }
        for (JsonNode user : realm.path("users")) {
            // A service account's user is how Keycloak stores a client's own roles: it has no password, no person.
            String owner = user.path("serviceAccountClientId").asText(null);
            boolean serviceAccount = owner != null && clientIds.contains(owner)
                    && user.path("username").asText().equals("service-account-" + owner)
                    && !user.has("credentials") && !user.has("email");
            if (!serviceAccount) {
                found.add("user " + user.path("username").asText() + " (no people in the production realm)");
            }
        }
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (role.path("name").asText().equals(realm.path("defaultRole").path("name").asText())) {
                for (JsonNode composite : role.path("composites").path("realm")) {
                    if ("offline_access".equals(composite.asText())) {
                        found.add("offline_access in the default roles");
                    }
                }
            }
        }
        if (!"all".equals(realm.path("sslRequired").asText())) {
            found.add("sslRequired is " + realm.path("sslRequired").asText() + ", not all");
        }
        if (!realm.path("verifyEmail").asBoolean()) {
            found.add("verifyEmail is not true");
        }
        if (!realm.path("bruteForceProtected").asBoolean()) {
            found.add("bruteForceProtected is not true");
        }
        String policy = realm.path("passwordPolicy").asText("");
        Matcher length = Pattern.compile("\\blength\\((\\d+)\\)").matcher(policy);
        if (!length.find() || Integer.parseInt(length.group(1)) < 12) {
            found.add("passwordPolicy has no length(12) or more: '" + policy + "'");
        }
        if (!Pattern.compile("\\bnotUsername\\b").matcher(policy).find()) {
            found.add("passwordPolicy has no notUsername: '" + policy + "'");
        }
        if (!Pattern.compile("\\bpasswordHistory\\([1-9]\\d*\\)").matcher(policy).find()) {
            found.add("passwordPolicy has no passwordHistory: '" + policy + "'");
        }
        String smtpPassword = realm.path("smtpServer").path("password").asText(null);
        if (smtpPassword != null && !SECRET_PLACEHOLDER.matcher(smtpPassword).matches()) {
            found.add("smtpServer: literal password");
        }
        return found;
    }

    private static void checkUrl(List<String> found, String what, String url) {
        if (!url.startsWith("https://") || url.contains("localhost") || url.contains("127.0.0.1")
                || url.contains("*")) {
            found.add(what + url + " (https, no localhost, no wildcard)");
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }
}
