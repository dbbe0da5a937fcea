package dk.erhvervshus.problems;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure without a more specific mapper: the domain's and the event store's exceptions get
 * their problem from the {@link FailureProblems} beans; anything else is logged and answered 500 as
 * a problem document without internals. Nothing was committed, so the client may retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private final ProblemTranslator translator;

    @Inject
    public UnexpectedExceptionMapper(ProblemTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(Exception exception) {
        return translator.response(exception);
    }
}
