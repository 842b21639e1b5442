package org.socialprescribing.directory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published Open Referral UK 3.0 schemas, copied into the test resources ({@code oruk-profile-3.0/}, with their
 * licence and source) so that a clone with nothing beside it passes.
 */
final class HsdsSchemas {

    private static final String COMPILED = "/oruk-profile-3.0/schema/compiled/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HsdsSchemas() {
    }

    /** Asserts that a response body conforms to the named compiled schema, e.g. {@code service.json}. */
    static void assertConforms(String schemaFile, String body) {
        JsonNode json = read(body);
        assertValid(schemaFile, schema(schemaFile), json);
    }

    /**
     * Asserts that every item of a paged body's {@code contents} conforms to the named compiled schema (the
     * {@code *_list.json} schemas describe one item of a list; the envelope is the profile's OpenAPI file's).
     */
    static void assertEachConforms(String schemaFile, String body) {
        JsonNode json = read(body);
        assertTrue(json.get("contents").size() > 0, "nothing to check");
        JsonSchema schema = schema(schemaFile);
        json.get("contents").forEach(item -> assertValid(schemaFile, schema, item));
    }

    private static void assertValid(String schemaFile, JsonSchema schema, JsonNode json) {
        Set<ValidationMessage> errors = schema.validate(json);
        assertTrue(errors.isEmpty(), schemaFile + ": " + errors.stream().map(ValidationMessage::getMessage)
                .collect(Collectors.joining("\n")));
    }

    private static JsonSchema schema(String schemaFile) {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream(COMPILED + schemaFile)) {
            if (in == null) {
                throw new IllegalArgumentException("No copied schema " + schemaFile + " under " + COMPILED);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
