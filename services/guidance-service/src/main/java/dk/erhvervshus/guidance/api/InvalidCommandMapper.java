package dk.erhvervshus.guidance.api;

import dk.erhvervshus.guidance.domain.InvalidCommandException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 naming every bad field. */
@Provider
public class InvalidCommandMapper implements ExceptionMapper<InvalidCommandException> {

    @Override
    public Response toResponse(InvalidCommandException exception) {
        return Problems.response(exception);
    }
}
