package dk.erhvervshus.guidance.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.erhvervshus.guidance.domain.ConflictException;
import dk.erhvervshus.guidance.domain.FieldError;
import dk.erhvervshus.guidance.domain.InvalidCommandException;
import dk.erhvervshus.guidance.domain.NotFoundException;
import dk.erhvervshus.guidance.eventstore.EventStoreException;
import dk.erhvervshus.guidance.eventstore.StreamVersionConflictException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The single translation from failures to problem documents, used by the exception mappers and by
 * the CRM batch (whose items fail one by one inside a 200 answer).
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    private Problems() {
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof InvalidCommandException invalid) {
            return invalidFields(invalid.errors());
        }
        if (failure instanceof NotFoundException) {
            return problem(ProblemType.NOT_FOUND, failure.getMessage(), null);
        }
        if (failure instanceof ConflictException) {
            return problem(ProblemType.CONFLICT, failure.getMessage(), null);
        }
        if (failure instanceof StreamVersionConflictException) {
            return problem(ProblemType.CONCURRENT_MODIFICATION, failure.getMessage(), null);
        }
        if (failure instanceof JsonProcessingException json) {
            return malformed(json);
        }
        if (failure instanceof EventStoreException) {
            LOG.error("event store failure", failure);
            return problem(ProblemType.STORAGE_UNAVAILABLE, "the request was not stored; it is safe to retry", null);
        }
        LOG.error("unexpected failure", failure);
        return problem(ProblemType.INTERNAL_ERROR, "the request was not completed; it is safe to retry", null);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(Throwable failure) {
        return response(of(failure));
    }

    public static Problem invalidFields(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return problem(ProblemType.VALIDATION_FAILED, "invalid: " + fields, errors);
    }

    public static Problem notFound(String detail) {
        return problem(ProblemType.NOT_FOUND, detail, null);
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return problem(ProblemType.PAYLOAD_TOO_LARGE, "the body may be at most " + limitBytes + " bytes", null);
    }

    /** For statuses the framework decides (405, 406, 415, ...): the reason phrase is the title. */
    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, null);
    }

    /**
     * JSON that does not parse, or a value of the wrong type. Jackson tells the path of a wrong
     * value ({@code themes[0]}); a syntax error only has a line and column.
     */
    public static Problem malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "has the wrong type: expected " + describe(mismatch.getTargetType())
                    : "cannot be read: " + message;
            return problem(ProblemType.MALFORMED_REQUEST, field + " " + expected,
                    List.of(new FieldError(field, expected)));
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String detail = "the body is not valid JSON: " + message + where;
        String field = e instanceof StreamReadException syntax && syntax.getProcessor() != null
                ? pathOf(syntax.getProcessor().getParsingContext()) : null;
        return problem(ProblemType.MALFORMED_REQUEST, detail,
                field == null ? null : List.of(new FieldError(field, "is not valid JSON" + where)));
    }

    /** Where the parser was when the syntax broke, e.g. {@code themes[1]}; null at the top level. */
    static String pathOf(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.add(0, "." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.add(0, "[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String describe(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }

    private static Problem problem(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri, type.title, type.status, detail, errors);
    }
}
