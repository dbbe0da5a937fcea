package dk.erhvervshus.survey.api;

import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemField;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.problems.Problems;
import dk.erhvervshus.survey.domain.ConflictException;
import dk.erhvervshus.survey.domain.FieldError;
import dk.erhvervshus.survey.domain.InvalidInputException;
import dk.erhvervshus.survey.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * This service's refusals as problems: 400 naming every bad field, 404, 409, and what is particular
 * to its bodies: 413 for a JSON body over its limit, 415 for an upload that is not CSV, 400 for an
 * upload that broke off. The domain keeps its own
 * exception and field types because it imports no REST library; they are translated only here.
 */
@ApplicationScoped
public class DomainFailures implements FailureProblems {

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            return Optional.of(Problems.invalidFields(fields(invalid.errors())));
        }
        if (failure instanceof NotFoundException) {
            return Optional.of(ProblemType.NOT_FOUND.problem(failure.getMessage()));
        }
        if (failure instanceof ConflictException) {
            return Optional.of(ProblemType.CONFLICT.problem(failure.getMessage()));
        }
        if (failure instanceof BodyTooLargeException tooLarge) {
            return Optional.of(Problems.payloadTooLarge(tooLarge.limitBytes()));
        }
        if (failure instanceof UnsupportedUploadException) {
            return Optional.of(Problems.ofStatus(415, failure.getMessage()));
        }
        if (failure instanceof UploadInterruptedException) {
            return Optional.of(ProblemType.MALFORMED_REQUEST.problem(failure.getMessage()));
        }
        return Optional.empty();
    }

    static List<ProblemField> fields(List<FieldError> errors) {
        return errors.stream().map(error -> new ProblemField(error.field(), error.message())).toList();
    }
}
