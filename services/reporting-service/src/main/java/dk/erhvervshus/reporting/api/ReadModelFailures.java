package dk.erhvervshus.reporting.api;

import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemType;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A read-model database that cannot be reached (down, restarting, out of connections) is an outage
 * the caller can wait out: 503 storage-unavailable, not a 500 that reads like a bug. Anything else
 * stays a logged 500 through the shared translator.
 */
@ApplicationScoped
public class ReadModelFailures implements FailureProblems {

    private static final Logger LOG = Logger.getLogger(ReadModelFailures.class);

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (!isUnavailableDatabase(failure)) {
            return Optional.empty();
        }
        LOG.warnf("read models unavailable: %s", failure.toString());
        return Optional.of(ProblemType.STORAGE_UNAVAILABLE.problem("the goals could not be read; retry later"));
    }

    /** Somewhere in the causes: no connection, a closed one, a timeout, or a server refusing work. */
    static boolean isUnavailableDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof TimeoutException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null && isUnavailableState(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE 08 (connection), 53 (insufficient resources, e.g. too many connections), 57P (shutting down). */
    private static boolean isUnavailableState(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57P");
    }
}
