package dk.erhvervshus.guidance.api;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.TextRules;

import java.util.UUID;

/** The optional request headers this API reads, checked like body fields. */
final class RequestHeaders {

    static final String CORRELATION_ID = "X-Correlation-Id";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed";
    /** The response header of an acknowledged write ({@link ConsistencyToken#HEADER}). */
    static final String CONSISTENCY_TOKEN = ConsistencyToken.HEADER;
    static final String CONSISTENCY_TOKEN_MEANING = "The write's consistency token, opaque to clients. Once a "
            + "reporting-service GET sent with the request header Consistency-Token: <this token> answers, the goals "
            + "include this write (the GET waits, bounded, for the projection; else 503 with Retry-After). A write "
            + "that stored nothing answers a token that is met at once; a repeat answers the original write's token.";
    private static final int MAX_LENGTH = 200;

    private RequestHeaders() {
    }

    /** The caller's correlation id, or a new one so that every event can be traced to its request. */
    static String correlationId(String header) {
        String value = bounded(CORRELATION_ID, header);
        return value != null ? value : UUID.randomUUID().toString();
    }

    static String idempotencyKey(String header) {
        return bounded(IDEMPOTENCY_KEY, header);
    }

    /** A caller-given id of at most 200 characters, or null when absent. */
    static String bounded(String name, String header) {
        if (header == null) {
            return null;
        }
        TextRules.problemOf(header).ifPresent(problem -> {
            throw InvalidInputException.of(name, problem);
        });
        String value = header.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw InvalidInputException.of(name, "must be 1-" + MAX_LENGTH + " characters when sent");
        }
        return value;
    }

    /** JAX-RS hands an empty body to the method as null; that is a missing body, not a server error. */
    static <T> T requireBody(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        return body;
    }
}
