package org.socialprescribing.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What is stored, read straight from the database, so that a test can show that a refused or replayed request
 * changed nothing: the number of rows of every table a referral writes to.
 */
@ApplicationScoped
public class StoredRows {

    private static final List<String> TABLES = List.of("person", "referral", "referral_need", "consent",
            "referral_event", "idempotency_key");

    private final DataSource database;

    public StoredRows(DataSource database) {
        this.database = database;
    }

    /** Rows per table. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, Long.valueOf(one("SELECT count(*) FROM " + table)));
        }
        return counts;
    }

    /** The first column of the first row of a query (null when it has none), its parameters given in order. */
    public String one(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
