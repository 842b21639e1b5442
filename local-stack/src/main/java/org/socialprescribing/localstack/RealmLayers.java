package org.socialprescribing.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm in two parts: the production realm file (the base: what a real deployment imports, with
 * {@code ${VARIABLE}} placeholders that Keycloak fills from the environment) and the local layer (demo users,
 * {@code suite-cli}, localhost redirect URIs, local secrets), which the local stack and the tests merge over it.
 *
 * <p>
 * Merge rule (docs/security.md): objects are merged key by key, recursively; a {@code null} in the layer removes the
 * key; the arrays {@code users} (by {@code username}), {@code clients} (by {@code clientId}) and {@code roles.realm}
 * (by {@code name}) are merged by that key, an element the base lacks appended; any other array or value in the layer
 * replaces the base's.
 */
public final class RealmLayers {

    /** The production realm: no demo users, no password grant, https only, secrets from placeholders. */
    public static final String PRODUCTION_REALM = "/keycloak/social-prescribing-realm.json";
    /** What the local stack and the tests add: never imported on its own. */
    public static final String LOCAL_LAYER = "/keycloak/social-prescribing-realm.local-layer.json";

    /** Arrays merged element by element, and the field that names an element. */
    private static final Map<String, String> KEYED_ARRAYS = Map.of("users", "username", "clients", "clientId",
            "realm", "name");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RealmLayers() {
    }

    public static ObjectNode production() {
        return read(PRODUCTION_REALM);
    }

    /** The realm {@code ./suite up} and the tests import: production with the local layer over it. */
    public static ObjectNode local() {
        return merge(production(), read(LOCAL_LAYER));
    }

    public static byte[] localBytes() {
        try {
            return JSON.writeValueAsBytes(local());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges {@code layer} into {@code base} (changing and returning {@code base}) by the rule above. */
    public static ObjectNode merge(ObjectNode base, ObjectNode layer) {
        for (Iterator<Map.Entry<String, JsonNode>> it = layer.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode over = entry.getValue();
            JsonNode under = base.get(key);
            if (over.isNull()) {
                base.remove(key);
            } else if (over.isObject() && under != null && under.isObject()) {
                merge((ObjectNode) under, (ObjectNode) over);
            } else if (over.isArray() && under != null && under.isArray() && KEYED_ARRAYS.containsKey(key)) {
                mergeByKey((ArrayNode) under, (ArrayNode) over, KEYED_ARRAYS.get(key));
            } else {
                base.set(key, over.deepCopy());
            }
        }
        return base;
    }

    private static void mergeByKey(ArrayNode base, ArrayNode layer, String keyField) {
        for (JsonNode element : layer) {
            JsonNode key = element.get(keyField);
            if (key == null || !element.isObject()) {
                throw new IllegalArgumentException("An element of a merged array has no " + keyField + ": " + element);
            }
            ObjectNode same = null;
            for (JsonNode existing : base) {
                if (existing.isObject() && key.equals(existing.get(keyField))) {
                    same = (ObjectNode) existing;
                }
            }
            if (same == null) {
                base.add(element.deepCopy());
            } else {
                merge(same, (ObjectNode) element);
            }
        }
    }

    static ObjectNode read(String resource) {
        try (InputStream in = RealmLayers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing realm resource " + resource);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
