package org.myomap.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, unreachable, or every pooled
 * connection busy past the acquisition timeout: Agroal's TimeoutException), as opposed to a bug: the first is 503, the second 500.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE codes of PostgreSQL going away: admin or crash shutdown, cannot connect now, too many connections. */
    private static final Set<String> GOING_AWAY = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t : SafeErrors.causes(failure)) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException || t instanceof TimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || GOING_AWAY.contains(state))) {
                    return true;
                }
                // Agroal's pool: no connection within the acquisition timeout
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
