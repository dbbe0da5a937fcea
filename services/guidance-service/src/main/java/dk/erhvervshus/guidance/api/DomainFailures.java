package dk.erhvervshus.guidance.api;

import dk.erhvervshus.guidance.domain.ConflictException;
import dk.erhvervshus.guidance.domain.FieldError;
import dk.erhvervshus.guidance.domain.InvalidCommandException;
import dk.erhvervshus.guidance.domain.NotFoundException;
import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemField;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.problems.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The domain's refusals as problems: 400 naming every bad field, 404, 409. The domain keeps its own
 * exception and field types because it imports no REST library; they are translated only here.
 */
@ApplicationScoped
public class DomainFailures implements FailureProblems {

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof InvalidCommandException invalid) {
            return Optional.of(Problems.invalidFields(fields(invalid.errors())));
        }
        if (failure instanceof NotFoundException) {
            return Optional.of(ProblemType.NOT_FOUND.problem(failure.getMessage()));
        }
        if (failure instanceof ConflictException) {
            return Optional.of(ProblemType.CONFLICT.problem(failure.getMessage()));
        }
        return Optional.empty();
    }

    private static List<ProblemField> fields(List<FieldError> errors) {
        return errors.stream().map(error -> new ProblemField(error.field(), error.message())).toList();
    }
}
