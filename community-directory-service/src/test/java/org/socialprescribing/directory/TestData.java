package org.socialprescribing.directory;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

/**
 * Fixtures that the API cannot make: the realm binds the demo editors to organisations with fixed ids, so the tests
 * insert those organisations straight into the real database (as the demo data does for ./suite up).
 */
final class TestData {

    private TestData() {
    }

    static void ensureOrganisation(String id, String name) {
        try {
            UserTransaction tx = CDI.current().select(UserTransaction.class).get();
            tx.begin();
            CDI.current().select(EntityManager.class).get().createNativeQuery("""
                    INSERT INTO organization (id, name, description, verified) VALUES (cast(?1 as uuid), ?2, '', true)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name""")
                    .setParameter(1, id).setParameter(2, name).executeUpdate();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
