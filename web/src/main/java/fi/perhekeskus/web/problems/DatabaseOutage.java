package fi.perhekeskus.web.problems;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request that failed because PostgreSQL could not be reached or could not answer in time: the
 * client did nothing wrong and should try again shortly (503), and a sign-in that met it is no
 * wrong password.
 */
public final class DatabaseOutage {

    /** How long a client waits before trying again: the embedded server restarts within about this. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseOutage() {
    }

    /**
     * Whether anything in the chain of causes says the database was out of reach. A transaction
     * that could not be committed or rolled back counts: when the connection breaks, the failed
     * rollback replaces the error that said so, and no request of a client makes one fail.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof TransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && outOfReach(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connection exceptions (class 08), the server shutting down or starting (57P01-57P03), and a
     * statement or transaction cancelled by its timeout (57014, 25P04) because the server was too
     * slow to answer.
     */
    private static boolean outOfReach(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                || state.equals("25P04"));
    }
}
