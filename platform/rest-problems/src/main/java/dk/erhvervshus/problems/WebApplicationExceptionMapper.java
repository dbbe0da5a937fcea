package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Framework-decided failures (unknown path 404, 405, 406, 415 wrong content type, ...) as problem
 * documents of their own types. The JSON reader reports unparseable bodies as a 400 wrapping the
 * parser's exception, which still knows where the syntax broke. The framework's own message is never
 * shown: it may name our classes.
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
        return Problems.response(Problems.ofStatus(status, detailFor(status)));
    }

    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "the request cannot be read";
            case 401 -> "send credentials";
            case 403 -> "this caller may not do this";
            case 404 -> "nothing is found at this path";
            case 405 -> "this path does not accept that method";
            case 406 -> "answers are application/json (errors application/problem+json)";
            case 413 -> "the request body is too large";
            case 414 -> "the path and query are too long";
            case 415 -> "send the body as application/json (UTF-8)";
            default -> "the request was refused (HTTP " + status + ")";
        };
    }
}
