package com.koto.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Recognises "the database is not answering" among exceptions, so that the API answers 503 with
 * {@code Retry-After} (and a WebSocket {@code error unavailable}) instead of a 500: connection
 * timeouts from the pool, refused or broken connections, statement timeouts and administrator
 * shutdowns (PostgreSQL SQLSTATE class 08, 57P01–57P03, 57014 query_canceled, per the PostgreSQL
 * "Error Codes" appendix).
 */
public final class ServiceUnavailable {

    /** Seconds a client should wait before retrying while the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private ServiceUnavailable() {
    }

    /** Whether {@code e} (or one of its causes) says the database is unreachable, frozen or shutting down. */
    public static boolean isDatabaseOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof TransactionTimedOutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("57014")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
