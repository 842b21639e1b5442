package org.socialprescribing.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void typeUrisAreStableAndUnique() {
        assertEquals("urn:social-prescribing:problem:validation-failed",
                ProblemType.VALIDATION_FAILED.uri().toString());
        assertEquals(ProblemType.values().length,
                new HashSet<>(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList()).size());
    }

    @Test
    void frameworkStatusesMapToTheirOwnType() {
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.MALFORMED_REQUEST, ProblemType.forStatus(400));
        assertEquals(ProblemType.HTTP_ERROR, ProblemType.forStatus(418));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(503));
    }

    @Test
    void problemsCarryTheirTypesStatusAndTitle() {
        Problem problem = Problem.of(ProblemType.CONFLICT, "Already verified.", "/organizations/1");
        assertEquals(409, problem.status());
        assertEquals("Conflict with the current state", problem.title());
        assertTrue(problem.violations().isEmpty());
    }
}
