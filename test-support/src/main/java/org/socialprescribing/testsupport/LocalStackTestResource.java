package org.socialprescribing.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service under test at the real parts: its own database on the embedded PostgreSQL and the real Keycloak.
 * Use as {@code @WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database",
 * value = "directory"))}; without a database argument only Keycloak is wired.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private List<String> extensions = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        String wanted = initArgs.getOrDefault("extensions", "");
        extensions = wanted.isBlank() ? List.of() : List.of(wanted.split(","));
    }

    @Override
    public Map<String, String> start() {
        TestStack stack = TestStack.get();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", stack.issuer());
        if (database != null) {
            config.put("quarkus.datasource.jdbc.url", stack.database(database, extensions));
            config.put("quarkus.datasource.username", database);
            config.put("quarkus.datasource.password", database);
        }
        return config;
    }

    @Override
    public void stop() {
        // The stack is shared by every test class of this JVM and stops with it.
    }
}
