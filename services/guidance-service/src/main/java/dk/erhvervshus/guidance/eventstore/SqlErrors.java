package dk.erhvervshus.guidance.eventstore;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    static boolean isUniqueViolationOf(SQLException e, String constraint) {
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
