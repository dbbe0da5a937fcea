package dk.erhvervshus.problems;

import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The validation kit's refusals, the same in every service: 400 naming every bad field, 404 (naming
 * the path parameter when one is at fault), 409. Their messages are the domain's own words, written
 * for the client, so they may be shown.
 */
@ApplicationScoped
public class ValidationFailures implements FailureProblems {

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            return Optional.of(Problems.invalidFields(fields(invalid.errors())));
        }
        if (failure instanceof NotFoundException notFound) {
            return Optional.of(ProblemType.NOT_FOUND.problem(notFound.getMessage(), notFound.field()
                    .map(field -> List.of(new ProblemField(field, notFound.getMessage()))).orElse(null)));
        }
        if (failure instanceof ConflictException) {
            return Optional.of(ProblemType.CONFLICT.problem(failure.getMessage()));
        }
        return Optional.empty();
    }

    public static List<ProblemField> fields(List<FieldError> errors) {
        return errors.stream().map(error -> new ProblemField(error.field(), error.message())).toList();
    }
}
