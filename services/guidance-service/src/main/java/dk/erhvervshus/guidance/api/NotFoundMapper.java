package dk.erhvervshus.guidance.api;

import dk.erhvervshus.guidance.domain.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for unknown courses, houses, catalogues and activities. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problems.response(exception);
    }
}
