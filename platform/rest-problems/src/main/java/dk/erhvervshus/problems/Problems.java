package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the problem documents that do not depend on what failed; {@link ProblemTranslator} picks among them. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Problem invalidFields(List<ProblemField> errors) {
        String fields = errors.stream().map(ProblemField::field).distinct().collect(Collectors.joining(", "));
        return ProblemType.VALIDATION_FAILED.problem("invalid: " + fields, errors);
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return ProblemType.PAYLOAD_TOO_LARGE.problem("the body may be at most " + limitBytes + " bytes");
    }

    /** Nothing was committed when a request fails this way, so the client may simply send it again. */
    public static Problem internalError() {
        return ProblemType.INTERNAL_ERROR.problem("the request was not completed; it is safe to retry");
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
            return ProblemType.MALFORMED_REQUEST.problem(field + " " + expected,
                    List.of(new ProblemField(field, expected)));
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String detail = "the body is not valid JSON: " + message + where;
        String field = e instanceof StreamReadException syntax && syntax.getProcessor() != null
                ? pathOf(syntax.getProcessor().getParsingContext()) : null;
        return ProblemType.MALFORMED_REQUEST.problem(detail,
                field == null ? null : List.of(new ProblemField(field, "is not valid JSON" + where)));
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
}
