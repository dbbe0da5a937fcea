package dk.erhvervshus.survey.api;

import dk.erhvervshus.problems.FailureProblems;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.problems.Problems;
import dk.erhvervshus.survey.importing.UnsupportedFileEncodingException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * What is particular to this service's bodies: 413 for a JSON body over its own limit, 415 for an
 * upload that is not CSV or not in an encoding the import reads, 400 for an upload that broke off.
 * The validation kit's refusals (400, 404, 409) are answered by rest-problems.
 */
@ApplicationScoped
public class DomainFailures implements FailureProblems {

    @Override
    public Optional<Problem> problemFor(Throwable failure) {
        if (failure instanceof BodyTooLargeException tooLarge) {
            return Optional.of(Problems.payloadTooLarge(tooLarge.limitBytes()));
        }
        if (failure instanceof UnsupportedUploadException || failure instanceof UnsupportedFileEncodingException) {
            return Optional.of(ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(failure.getMessage()));
        }
        if (failure instanceof UploadInterruptedException) {
            return Optional.of(ProblemType.MALFORMED_REQUEST.problem(failure.getMessage()));
        }
        return Optional.empty();
    }
}
