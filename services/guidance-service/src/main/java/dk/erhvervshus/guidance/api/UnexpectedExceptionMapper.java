package dk.erhvervshus.guidance.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Last resort: logs the failure and answers 500 (503 when the database is unavailable) as a
 * problem document without internals. Nothing was committed, so the client may retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    @Override
    public Response toResponse(Exception exception) {
        return Problems.response(exception);
    }
}
