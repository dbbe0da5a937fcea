package dk.erhvervshus.eventstore;

import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The event store's failures as problems. A lost race for the next version is 409: nothing of the
 * request was stored, and a retry decides again on the new state. A failing database is 503 and
 * logged: the request was not stored and may be sent again.
 */
@ApplicationScoped
public class EventStoreFailures implements FailureProblems {

    private static final Logger LOG = Logger.getLogger(EventStoreFailures.class);

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof StreamVersionConflictException) {
            return Optional.of(ProblemType.CONCURRENT_MODIFICATION.problem(failure.getMessage()));
        }
        if (failure instanceof EventStoreException) {
            LOG.error("event store failure", failure);
            return Optional.of(ProblemType.STORAGE_UNAVAILABLE.problem("the request was not stored; it is safe to retry"));
        }
        return Optional.empty();
    }
}
