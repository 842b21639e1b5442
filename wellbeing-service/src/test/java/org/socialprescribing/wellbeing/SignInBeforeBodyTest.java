package org.socialprescribing.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialprescribing.testsupport.OpenApiOperations;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the published OpenAPI document that needs a signed-in caller answers an anonymous one with 401
 * before it looks at the request: not 415 for a body of the wrong type, not 400 for one it cannot read, not 404 for
 * an id it does not hold.
 */
@QuarkusTest
@WithTestResource(WellbeingTestResource.class)
class SignInBeforeBodyTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void anAnonymousCallerLearnsOnly401FromEverySecuredOperation() {
        assertEquals(List.of(), OpenApiOperations.securedOperationsNotAnswering401First(base));
    }
}
