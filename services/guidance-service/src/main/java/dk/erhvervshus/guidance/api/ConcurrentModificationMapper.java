package dk.erhvervshus.guidance.api;

import dk.erhvervshus.guidance.eventstore.StreamVersionConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 409 when another request appended to the same stream between this one's read and write. Nothing
 * of this request was stored; retrying re-reads the new state and decides again.
 */
@Provider
public class ConcurrentModificationMapper implements ExceptionMapper<StreamVersionConflictException> {

    @Override
    public Response toResponse(StreamVersionConflictException exception) {
        return Problems.response(exception);
    }
}
