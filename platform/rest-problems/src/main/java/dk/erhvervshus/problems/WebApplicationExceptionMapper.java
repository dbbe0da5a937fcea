package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Framework-decided failures (unknown path 404, 405, 406, 415 wrong content type, ...) as problem
 * documents. The JSON reader reports unparseable bodies as a 400 wrapping the parser's exception,
 * which still knows where the syntax broke.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ProblemTranslator translator;

    @Inject
    public WebApplicationExceptionMapper(ProblemTranslator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return Problems.response(Problems.malformed(json));
        }
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        if (status >= 500) {
            return translator.response(exception);
        }
        return Problems.response(Problems.ofStatus(status, detailFor(status, exception)));
    }

    private static String detailFor(int status, WebApplicationException exception) {
        switch (status) {
            case 404:
                return "nothing is found at this path";
            case 405:
                return "this path does not accept that method";
            case 406:
                return "answers are application/json (errors application/problem+json)";
            case 415:
                return "send the body as application/json";
            default:
                return exception.getMessage();
        }
    }
}
