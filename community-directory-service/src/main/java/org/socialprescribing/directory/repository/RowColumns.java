package org.socialprescribing.directory.repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A result row's columns, read one after another in the order the statement selects them. */
final class RowColumns {

    private final ResultSet row;
    private int at;

    RowColumns(ResultSet row) {
        this.row = row;
    }

    UUID uuid() throws SQLException {
        return row.getObject(++at, UUID.class);
    }

    String text() throws SQLException {
        return row.getString(++at);
    }

    Integer integer() throws SQLException {
        return row.getObject(++at, Integer.class);
    }

    Double decimal() throws SQLException {
        return row.getObject(++at, Double.class);
    }

    BigDecimal amount() throws SQLException {
        return row.getBigDecimal(++at);
    }

    LocalDate date() throws SQLException {
        return row.getObject(++at, LocalDate.class);
    }

    LocalTime time() throws SQLException {
        return row.getObject(++at, LocalTime.class);
    }

    /** A timestamp with time zone. */
    Instant instant() throws SQLException {
        OffsetDateTime value = row.getObject(++at, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    String[] texts() throws SQLException {
        Array array = row.getArray(++at);
        return array == null ? null : (String[]) array.getArray();
    }
}
