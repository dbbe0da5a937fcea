package dk.erhvervshus.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC transactions on the Agroal pool. {@link #inTransaction} returns only after COMMIT
 * succeeded, so a caller that answers the client afterwards never acknowledges a write that is not
 * durable; any exception rolls everything back (events, outbox rows and idempotency records alike).
 */
@ApplicationScoped
public class Transactions {

    private final DataSource dataSource;

    @Inject
    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
            // No need to restore auto-commit: Agroal resets changed connection attributes when the
            // connection goes back to the pool.
        } catch (SQLException e) {
            throw new EventStoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    /** Reads outside a transaction; each statement sees committed data only. */
    public <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new EventStoreException("read failed: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
