package org.socialprescribing.directory.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGStatement;

/**
 * Runs a search's SQL, either planned for its own values every time or with a plan PostgreSQL may keep
 * ({@link SearchSql#planKept}). Planned every time, it is sent as an unnamed statement (pgjdbc's
 * {@code prepareThreshold} 0), which PostgreSQL plans with the values bound: a generic plan, which pgjdbc's server-side
 * prepared statements get after a few uses, cannot see the words, and recomputed the words' tsquery for every
 * candidate (a broad search took 47 ms instead of 27, bench/README.md). Kept, it goes as any statement does: pgjdbc
 * prepares it on the server after five uses, and PostgreSQL keeps a generic plan when it costs no more than those it
 * made for the values.
 * <p>
 * It goes straight to JDBC, past Hibernate: nothing is flushed before it, so it is for reads only, as searches are.
 */
final class SearchStatement {

    private SearchStatement() {
    }

    /**
     * The rows of {@code sql}, each as its columns' values.
     *
     * @param sql
     *            SQL with named parameters ({@code :name}); those it uses are bound from {@code params}, others left
     * @param params
     *            values by name: String, numbers, UUID, java.sql.Timestamp, Instant (as a timestamptz), LocalDate,
     *            LocalTime; a collection is refused (join it into one value, as {@link SearchSql} does)
     * @param planKept
     *            whether PostgreSQL may keep its plan, rather than plan it for these values
     */
    static List<Object[]> rows(EntityManager em, String sql, Map<String, Object> params, boolean planKept) {
        List<Object> values = new ArrayList<>();
        String positional = positional(sql, params, values);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(positional)) {
                if (!planKept) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, jdbcValue(values.get(i)));
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = result.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Collection<?>) {
            throw new IllegalArgumentException("a search parameter is one value, not a collection: " + value);
        }
        // pgjdbc binds java.time's offset date-time but not an Instant.
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    /**
     * {@code sql} with each {@code :name} that {@code params} holds replaced by {@code ?} and its value appended to
     * {@code values}, in order. Casts ({@code ::integer}), quoted text and identifiers, and {@code --} comments are
     * left as they are.
     */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int skipTo = switch (c) {
                case '\'', '"' -> closing(sql, i, c);
                case '-' -> sql.startsWith("--", i) ? lineEnd(sql, i) : i + 1;
                default -> i + 1;
            };
            if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (params.containsKey(name)) {
                    out.append('?');
                    values.add(params.get(name));
                    i = end;
                    continue;
                }
            }
            out.append(sql, i, skipTo);
            i = skipTo;
        }
        return out.toString();
    }

    /** Just past the quote that closes the one at {@code open} (a doubled quote inside is part of the text). */
    private static int closing(String sql, int open, char quote) {
        int at = open + 1;
        while (at < sql.length()) {
            if (sql.charAt(at) == quote) {
                if (at + 1 < sql.length() && sql.charAt(at + 1) == quote) {
                    at += 2;
                    continue;
                }
                return at + 1;
            }
            at++;
        }
        return sql.length();
    }

    private static int lineEnd(String sql, int from) {
        int end = sql.indexOf('\n', from);
        return end < 0 ? sql.length() : end;
    }
}
