package org.socialprescribing.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.OpenApiOperations;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The access matrix is one table in several files: each {@code *AccessTest} of this package holds the rows of its
 * endpoints in a static {@code MATRIX} (method, path, caller, status; an id in the path is a capital letter, as
 * {@code /referrals/R/moves}). Every operation of the published OpenAPI document must have rows in one of them; each
 * of its path parameters counts as {@code {id}}, so that {@code /referrals/{id}/consents/{consent_id}/revoke} is
 * {@code /referrals/R/consents/S/revoke}.
 */
@QuarkusTest
@WithTestResource(ReferralTestResource.class)
class EveryOperationHasAccessRowsTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationOfTheApiHasRowsInAnAccessMatrix() throws Exception {
        Set<String> inTables = new TreeSet<>();
        for (Class<?> test : accessTests()) {
            Field matrix = test.getDeclaredField("MATRIX");
            matrix.setAccessible(true);
            for (Object[] row : (Object[][]) matrix.get(null)) {
                inTables.add(row[0] + " " + ((String) row[1]).replaceAll("/[A-Z](?=/|$)", "/{id}"));
            }
        }
        Set<String> inDocument = OpenApiOperations.of(base).stream()
                .map(o -> o.method() + " " + o.path().replaceAll("\\{[^}]+}", "{id}"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inDocument, inTables);
    }

    /** The classes of this package whose names end in AccessTest. */
    static Set<Class<?>> accessTests() throws IOException, ClassNotFoundException {
        // Maven runs the tests in the module's folder
        Path here = Path.of("target/test-classes",
                EveryOperationHasAccessRowsTest.class.getPackageName().replace('.', '/'));
        Set<Class<?>> tests = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.list(here)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("AccessTest.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                tests.add(Class.forName(EveryOperationHasAccessRowsTest.class.getPackageName() + "." + name));
            }
        }
        assertFalse(tests.isEmpty(), "no access matrices found in " + here);
        return tests;
    }
}
