package org.socialprescribing.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.socialprescribing.directory.config.DemoDataLoader;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With demo data on, the demo directory is public after start, and loading it again duplicates nothing. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(DirectoryTestResource.class)
class DemoDataTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    EntityManager entityManager;

    @Test
    void demoOrganisationsArePublishedAndLoadingAgainDuplicatesNothing() {
        given().when().get("/organizations/33333333-3333-4333-8333-333333333333").then().statusCode(200)
                .body("name", equalTo("Harbour Befriending Service"));
        given().when().get("/organizations/44444444-4444-4444-8444-444444444444").then().statusCode(404);

        long before = count();
        loader.load();
        assertEquals(before, count());
    }

    private long count() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM organization").getSingleResult())
                .longValue();
    }
}
