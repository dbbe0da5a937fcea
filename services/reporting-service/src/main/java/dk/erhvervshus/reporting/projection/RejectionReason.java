package dk.erhvervshus.reporting.projection;

import io.vertx.pgclient.PgException;

import java.time.DateTimeException;

/**
 * Why a record found by the search was parked, short enough for the operations list: the database's
 * own message and SQLSTATE, or the kind of exception the fold threw. Never a stack trace or a class
 * of ours; the log has the rest.
 */
final class RejectionReason {

    static final int MAX_LENGTH = 300;

    private RejectionReason() {
    }

    static ParkedRecord park(DecodedEvent event, Throwable failure) {
        return ParkedRecord.rejected(event, of(failure));
    }

    static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg) {
                return cut("the read model refused it: " + pg.getErrorMessage() + " (SQLSTATE " + pg.getSqlState() + ")");
            }
            if (cause instanceof ProjectionFailure && cause.getCause() != null) {
                return cut("the projection failed on it: " + describe(cause.getCause()));
            }
        }
        return "it cannot be applied";
    }

    private static String describe(Throwable thrown) {
        if (thrown instanceof NullPointerException) {
            return "a value it needs is missing (NullPointerException)";
        }
        String kind = thrown.getClass().getSimpleName();
        // These carry the JDK's words about a value (a month of 13), not our internals.
        boolean aboutAValue = thrown instanceof IllegalArgumentException || thrown instanceof DateTimeException
                || thrown instanceof ArithmeticException;
        return aboutAValue && thrown.getMessage() != null ? kind + ": " + thrown.getMessage() : kind;
    }

    private static String cut(String text) {
        String storable = text.replace('\u0000', '\uFFFD');
        return storable.length() <= MAX_LENGTH ? storable : storable.substring(0, MAX_LENGTH - 1) + "…";
    }
}
