package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Any other JSON failure that reaches a resource unwrapped. */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Problems.response(Problems.malformed(exception));
    }
}
