package org.socialprescribing.directory;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

/**
 * Fixtures that the API cannot make: the realm binds the demo editors to organisations with fixed ids, so the tests
 * insert those organisations straight into the real database (as the demo data does for ./suite up); and changes
 * made outside the API, such as a data fix, to test what the database's own rules keep.
 */
final class TestData {

    private TestData() {
    }

    static void ensureOrganisation(String id, String name) {
        execute("""
                INSERT INTO organization (id, name, description, verified) VALUES (cast(?1 as uuid), ?2, '', true)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name""", id, name);
    }

    /** Runs one SQL statement (parameters ?1, ?2, ...) in its own transaction: a change made outside the API. */
    static void execute(String sql, Object... parameters) {
        try {
            UserTransaction tx = CDI.current().select(UserTransaction.class).get();
            tx.begin();
            var statement = CDI.current().select(EntityManager.class).get().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setParameter(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
