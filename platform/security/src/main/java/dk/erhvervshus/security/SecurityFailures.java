package dk.erhvervshus.security;

import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The house rule's refusal as a problem for the shared translator, so that a batch endpoint that
 * answers each item on its own rejects another house's item with the same 403 document.
 */
@ApplicationScoped
public class SecurityFailures implements FailureProblems {

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof AccessDeniedException denied) {
            return Optional.of(ProblemType.FORBIDDEN.problem(denied.getMessage()));
        }
        return Optional.empty();
    }
}
