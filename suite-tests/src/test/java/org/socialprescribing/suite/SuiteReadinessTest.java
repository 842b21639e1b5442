package org.socialprescribing.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.socialprescribing.localstack.StackSettings;

/** The stack as ./suite up starts it: every part answers ready, demo data is there once, data survives a restart. */
class SuiteReadinessTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void everyServiceIsReady() {
        // Health is on each application's management port in the prod profile, not on its public one.
        StackSettings.ManagementPorts management = suite.ports().management();
        for (int port : new int[]{management.directory(), management.referral(), management.wellbeing(),
                management.portal()}) {
            given().when().get(suite.url(port) + "/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
        given().when().get(suite.issuer() + "/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", equalTo(suite.issuer()));
    }

    @Test
    void metricsAndHealthAreOnlyOnTheManagementPortAndSwaggerUiIsOff() {
        for (int port : new int[]{suite.ports().directory(), suite.ports().referral(), suite.ports().wellbeing(),
                suite.ports().portal()}) {
            for (String path : new String[]{"/q/metrics", "/q/health/ready", "/q/swagger-ui/"}) {
                int status = given().redirects().follow(false).when().get(suite.url(port) + path).statusCode();
                assertTrue(status != 200, path + " answered 200 on public port " + port);
            }
        }
        given().when().get(suite.url(suite.ports().management().directory()) + "/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        // The directory's ORUK API document stays public.
        given().when().get(suite.url(suite.ports().directory()) + "/q/openapi").then().statusCode(200);
    }

    @Test
    void demoDataIsLoadedAndPublic() {
        given().when().get(suite.url(suite.ports().directory()) + "/organizations/11111111-1111-4111-8111-111111111111")
                .then().statusCode(200).body("name", equalTo("Riverside Walking Friends"));
    }

    @Test
    void eachServiceHasItsOwnDatabaseAndRole() throws SQLException {
        for (String database : new String[]{"directory", "referral", "wellbeing", "keycloak"}) {
            try (Connection connection = suite.database(database);
                    Statement statement = connection.createStatement();
                    ResultSet owner = statement.executeQuery(
                            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
                assertTrue(owner.next());
                assertEquals(database, owner.getString(1));
            }
        }
    }

    @Test
    void secondStartKeepsDataAndDoesNotDuplicateDemoData() throws SQLException {
        long organisations = count("directory", "SELECT count(*) FROM organization");
        assertTrue(organisations >= 3, "demo organisations are loaded");
        try (Connection connection = suite.database("directory"); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE organization SET description = 'Edited before restart' "
                    + "WHERE id = '33333333-3333-4333-8333-333333333333'");
        }

        suite.restart();

        assertEquals(organisations, count("directory", "SELECT count(*) FROM organization"));
        given().when().get(suite.url(suite.ports().directory()) + "/organizations/33333333-3333-4333-8333-333333333333")
                .then().statusCode(200).body("description", equalTo("Edited before restart"));
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection connection = suite.database(database);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
