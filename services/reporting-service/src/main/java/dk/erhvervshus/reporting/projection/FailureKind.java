package dk.erhvervshus.reporting.projection;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.TimeoutException;

/**
 * What a failure against the read-model database means: the one classification of the service. The
 * goals API answers {@link #UNAVAILABLE} with 503; the projection waits it out, parks the records of
 * a {@link #RECORD} failure, and retries anything {@link #UNEXPECTED} without parking, because a bug
 * or a misconfiguration is not the records' fault and would otherwise park every one of them.
 */
public enum FailureKind {

    /**
     * The database cannot be reached or refuses work for now: no connection, a closed or reset one, a
     * timeout, or SQLSTATE 08 (connection), 28 (authorization), 40 (serialization failure,
     * deadlock), 53 (insufficient resources), 55P03 (lock not available), 57 (cancelled, shutting
     * down).
     */
    UNAVAILABLE,
    /**
     * The records at hand cannot be applied: SQLSTATE 22 (a data error, such as a date out of
     * range) or 23 (a constraint), or an exception in the in-memory fold ({@link ProjectionFailure}).
     */
    RECORD,
    /** Anything else, such as a statement the database does not understand. */
    UNEXPECTED;

    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (isUnavailableCause(cause)) {
                return UNAVAILABLE;
            }
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ProjectionFailure) {
                return RECORD;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"))) {
                return RECORD;
            }
        }
        return UNEXPECTED;
    }

    public static boolean isUnavailable(Throwable failure) {
        return of(failure) == UNAVAILABLE;
    }

    private static boolean isUnavailableCause(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof SocketException || cause instanceof ClosedConnectionException
                || cause instanceof TimeoutException || cause instanceof io.smallrye.mutiny.TimeoutException) {
            return true;
        }
        if (cause instanceof PgException pg && pg.getSqlState() != null) {
            String state = pg.getSqlState();
            return state.startsWith("08") || state.startsWith("28") || state.startsWith("40") || state.startsWith("53")
                    || state.equals("55P03") || state.startsWith("57");
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
