package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the problem documents that do not depend on what failed; {@link ProblemTranslator} picks among them. */
public final class Problems {

    public static final String RETRY_AFTER = "Retry-After";
    public static final String RETRY_AFTER_KEY = "problems.retry-after-seconds";
    static final int DEFAULT_RETRY_AFTER_SECONDS = 5;

    private static final String DUPLICATE_KEY = "Duplicate field '";
    private static final String TRAILING_TOKEN = "Trailing token";

    private Problems() {
    }

    /**
     * The answer carrying {@code problem}. A 503 also says when to come back: {@code Retry-After} in
     * seconds ({@value #RETRY_AFTER_KEY}, default {@value #DEFAULT_RETRY_AFTER_SECONDS}), since nothing
     * was stored and the same request may simply be sent again.
     */
    public static Response response(Problem problem) {
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            answer.header(RETRY_AFTER, retryAfterSeconds());
        }
        return answer.build();
    }

    /** Seconds a client should wait before it repeats a request that was answered 503. */
    public static int retryAfterSeconds() {
        return ConfigProvider.getConfig().getOptionalValue(RETRY_AFTER_KEY, Integer.class)
                .filter(seconds -> seconds > 0).orElse(DEFAULT_RETRY_AFTER_SECONDS);
    }

    public static Problem invalidFields(List<ProblemField> errors) {
        String fields = errors.stream().map(ProblemField::field).distinct().collect(Collectors.joining(", "));
        return ProblemType.VALIDATION_FAILED.problem("invalid: " + fields, errors);
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return ProblemType.PAYLOAD_TOO_LARGE.problem("the body may be at most " + limitBytes + " bytes");
    }

    public static Problem uriTooLong(int limit) {
        return ProblemType.URI_TOO_LONG.problem("the path and query may be at most " + limit + " characters");
    }

    /** Nothing was committed when a request fails this way, so the client may simply send it again. */
    public static Problem internalError() {
        return ProblemType.INTERNAL_ERROR.problem("the request was not completed; it is safe to retry");
    }

    /**
     * For statuses the framework decides (404, 405, 406, 415, ...): the problem type of that status;
     * a status without one of its own gets {@code http-<status>} titled with the reason phrase.
     */
    public static Problem ofStatus(int status, String detail) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status() == status && isFrameworkStatusType(type)) {
                return type.problem(detail);
            }
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(ProblemType.BASE + "http-" + status, title, status, detail, null);
    }

    private static boolean isFrameworkStatusType(ProblemType type) {
        return switch (type) {
            case MALFORMED_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE,
                    PAYLOAD_TOO_LARGE, URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE -> true;
            default -> false;
        };
    }

    /**
     * JSON that does not parse, or a value of the wrong type. Jackson tells the path of a wrong
     * value ({@code themes[0]}); a syntax error only has a line and column. No class name of ours
     * reaches the answer: the type expected is described in the client's terms.
     */
    public static Problem malformed(JsonProcessingException e) {
        if (e instanceof UnacceptableTextException text) {
            String field = pathOf(text.getPath());
            return invalidFields(List.of(new ProblemField(field, text.getOriginalMessage())));
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith(DUPLICATE_KEY)) {
            return duplicateKey(e, message);
        }
        if (e instanceof MismatchedInputException && message.startsWith(TRAILING_TOKEN)) {
            return ProblemType.MALFORMED_REQUEST.problem("the body must be a single JSON value with nothing after it",
                    List.of(new ProblemField("body", "has more after the end of the JSON value")));
        }
        if (e instanceof JsonMappingException mapping) {
            // A syntax error met while binding a nested value: the parser knows the place more exactly.
            String parsedAt = e.getCause() instanceof StreamReadException syntax && syntax.getProcessor() != null
                    ? pathOf(syntax.getProcessor().getParsingContext()) : null;
            String field = parsedAt != null ? parsedAt : pathOf(mapping.getPath());
            String expected = isOutOfRange(e) ? "is a number out of range"
                    : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "has the wrong type: expected " + describe(mismatch.getTargetType())
                    : e.getCause() instanceof StreamReadException syntax && syntax.getLocation() != null
                    ? "is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                    + syntax.getLocation().getColumnNr() + ")"
                    : "cannot be read";
            return ProblemType.MALFORMED_REQUEST.problem(field + " " + expected,
                    List.of(new ProblemField(field, expected)));
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String field = e instanceof StreamReadException syntax && syntax.getProcessor() != null
                ? pathOf(syntax.getProcessor().getParsingContext()) : null;
        if (e instanceof InputCoercionException) {
            return ProblemType.MALFORMED_REQUEST.problem((field == null ? "a number" : field) + " is out of range" + where,
                    field == null ? null : List.of(new ProblemField(field, "is a number out of range")));
        }
        String detail = "the body is not valid JSON: " + message + where;
        return ProblemType.MALFORMED_REQUEST.problem(detail,
                field == null ? null : List.of(new ProblemField(field, "is not valid JSON" + where)));
    }

    /**
     * A key twice in one object. The parser reports it; when it happens inside a value being bound,
     * Jackson wraps it with the path to that value, e.g. {@code item} for {@code item.name}.
     */
    private static Problem duplicateKey(JsonProcessingException e, String message) {
        String key = message.substring(DUPLICATE_KEY.length(), Math.max(DUPLICATE_KEY.length(), message.lastIndexOf('\'')));
        String at = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? pathOf(mapping.getPath())
                : e instanceof StreamReadException syntax && syntax.getProcessor() != null
                ? pathOf(syntax.getProcessor().getParsingContext()) : null;
        String field = at == null ? key : at.equals(key) || at.endsWith("." + key) ? at : at + "." + key;
        return ProblemType.MALFORMED_REQUEST.problem("the key '" + field + "' appears more than once",
                List.of(new ProblemField(field, "appears more than once in the same object")));
    }

    private static boolean isOutOfRange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputCoercionException) {
                return true;
            }
        }
        return false;
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
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
