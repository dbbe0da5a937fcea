package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The single translation from failures to problem documents: used by the exception mappers, and by
 * batch endpoints whose items fail one by one inside a 200 answer. What no {@link FailureProblems}
 * bean recognises and is not a JSON failure is a bug or an outage: it is logged and answered 500
 * without internals.
 */
@ApplicationScoped
public class ProblemTranslator {

    private static final Logger LOG = Logger.getLogger(ProblemTranslator.class);

    private final List<FailureProblems> known;

    @Inject
    public ProblemTranslator(@All List<FailureProblems> known) {
        this.known = List.copyOf(known);
    }

    public Problem of(Throwable failure) {
        for (FailureProblems translation : known) {
            Optional<Problem> problem = translation.problemFor(failure);
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        if (failure instanceof JsonProcessingException json) {
            return Problems.malformed(json);
        }
        LOG.error("unexpected failure", failure);
        return Problems.internalError();
    }

    public Response response(Throwable failure) {
        return Problems.response(of(failure));
    }
}
