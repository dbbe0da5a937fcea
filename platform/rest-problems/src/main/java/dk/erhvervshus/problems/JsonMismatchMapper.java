package dk.erhvervshus.problems;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON value of the wrong type (an array where text belongs, "maybe" for a boolean). Quarkus has
 * a built-in mapper for this exact type, so the generic JSON mapper would never see it.
 */
@Provider
public class JsonMismatchMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return Problems.response(Problems.malformed(exception));
    }
}
