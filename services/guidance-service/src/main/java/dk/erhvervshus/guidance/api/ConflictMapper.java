package dk.erhvervshus.guidance.api;

import dk.erhvervshus.guidance.domain.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 when the request contradicts the recorded state; repeating it will not help. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        return Problems.response(exception);
    }
}
