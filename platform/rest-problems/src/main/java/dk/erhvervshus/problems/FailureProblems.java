package dk.erhvervshus.problems;

import java.util.Optional;

/**
 * Turns the failures one module knows into problem documents. The event store contributes one for
 * its failures, each service one for its domain's exceptions; {@link ProblemTranslator} asks them
 * all, so no service copies another module's rules. Each implementation answers only for its own
 * exception types, which is why the order in which they are asked does not matter.
 */
public interface FailureProblems {

    /** The problem for {@code failure}, or empty when it is not one of this module's failures. */
    Optional<Problem> problemFor(Throwable failure);
}
