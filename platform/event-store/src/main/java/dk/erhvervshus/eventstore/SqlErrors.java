package dk.erhvervshus.eventstore;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/** Recognises which constraint a failed statement violated, so a caller can tell a lost race from an outage. */
public final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    public static boolean isUniqueViolationOf(SQLException e, String constraint) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return false;
        }
        if (e instanceof PSQLException psql) {
            ServerErrorMessage detail = psql.getServerErrorMessage();
            return detail != null && constraint.equals(detail.getConstraint());
        }
        return e.getMessage() != null && e.getMessage().contains(constraint);
    }
}
