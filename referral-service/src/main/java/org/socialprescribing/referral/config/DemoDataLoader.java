package org.socialprescribing.referral.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo referrals after the migrations when {@link DemoDataConfig#enabled()} is on: referrals in every state
 * of the loop for the local realm's demo users (whose ids the local realm fixes), so that every page has something
 * real to show. The script only inserts rows that are missing: every start may run it.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String SCRIPT = "demo/referral-demo-data.sql";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final AgroalDataSource dataSource;

    public DemoDataLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event, DemoDataConfig config) {
        if (config.enabled()) {
            load();
        }
    }

    public void load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            LOG.info("Demo referral data is in place");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo referrals: " + e.getMessage(), e);
        }
    }
}
