package org.socialprescribing.directory.service;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * Logs an unexpected failure as {@code docs/data-protection.md} says: the exception classes (the cause chain) and a
 * new error id at ERROR, the message and stack trace at DEBUG (off by default). Messages can carry record values:
 * a database error quotes the failing row or the statement with its parameters (a contact's name, an e-mail).
 * The caller records the error id where an operator looks first (the run report), to find the trace by it.
 */
final class FailureLog {

    private FailureLog() {
    }

    /** Logs {@code what} (a fixed text with ids only, never a record value) and the failure; returns the error id. */
    static String error(Logger log, String what, Throwable e) {
        String errorId = UUID.randomUUID().toString();
        log.errorf("%s: %s (error id %s)", what, classes(e), errorId);
        log.debugf(e, "Error id %s", errorId);
        return errorId;
    }

    /**
     * "ConstraintViolationException < BatchUpdateException < PSQLException (SQLState 23514)": the cause chain's class
     * names, outermost first, and the database's error code (it names the kind of error, never a value).
     */
    static String classes(Throwable e) {
        List<String> names = new ArrayList<>();
        String sqlState = null;
        for (Throwable cause = e; cause != null && names.size() < 6; cause = cause.getCause() == cause
                ? null
                : cause.getCause()) {
            names.add(cause.getClass().getSimpleName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        return String.join(" < ", names) + (sqlState == null ? "" : " (SQLState " + sqlState + ")");
    }
}
