package dk.erhvervshus.reporting.api;

import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.reporting.consistency.WriteNotAppliedException;
import dk.erhvervshus.reporting.projection.FailureKind;
import dk.erhvervshus.reporting.projection.ProjectionBusyException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * A read-model database that cannot be reached (down, restarting, out of connections) is an outage
 * the caller can wait out: 503 storage-unavailable, not a 500 that reads like a bug. Anything else
 * stays a logged 500 through the shared translator. What counts as unavailable is
 * {@link FailureKind}'s, the same rule by which the projection retries instead of parking. A read
 * the {@link ReadBulkhead} refused is 503 overloaded: the database is fine, the instance is busy.
 */
@ApplicationScoped
public class ReadModelFailures implements FailureProblems {

    private static final Logger LOG = Logger.getLogger(ReadModelFailures.class);

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof WriteNotAppliedException notYet) {
            return Optional.of(ProblemType.NOT_YET_APPLIED.problem(notYet.getMessage()));
        }
        if (failure instanceof ProjectionBusyException busy) {
            return Optional.of(ProblemType.STORAGE_UNAVAILABLE.problem(busy.getMessage()));
        }
        if (failure instanceof ReadsOverloadedException overloaded) {
            return Optional.of(ProblemType.OVERLOADED.problem(overloaded.getMessage()));
        }
        if (!isUnavailableDatabase(failure)) {
            return Optional.empty();
        }
        LOG.warnf("read models unavailable: %s", failure.toString());
        return Optional.of(ProblemType.STORAGE_UNAVAILABLE.problem("the read models could not be reached; retry later"));
    }

    /** The projection's classification (FailureKind): one rule for what "the database is unavailable" means. */
    static boolean isUnavailableDatabase(Throwable failure) {
        return FailureKind.isUnavailable(failure);
    }
}
