package dk.erhvervshus.survey.api;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.survey.application.Provenance;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.TextRules;

import java.util.UUID;

/**
 * The optional request header this API reads, checked like a body field, the body's presence, and
 * the provenance every event of a request carries.
 */
final class RequestHeaders {

    static final String CORRELATION_ID = "X-Correlation-Id";
    /** The response header of an acknowledged write ({@link ConsistencyToken#HEADER}). */
    static final String CONSISTENCY_TOKEN = ConsistencyToken.HEADER;
    static final String CONSISTENCY_TOKEN_MEANING = "The write's consistency token, opaque to clients. Once a "
            + "reporting-service GET sent with the request header Consistency-Token: <this token> answers, the goals "
            + "include this write (the GET waits, bounded, for the projection; else 503 with Retry-After). A write "
            + "that stored nothing (a duplicate, an unchanged report) answers a token that is met at once.";
    private static final int MAX_LENGTH = 200;

    private RequestHeaders() {
    }

    /** The caller's correlation id, or a new one, so that every event can be traced to its request. */
    static String correlationId(String header) {
        if (header == null) {
            return UUID.randomUUID().toString();
        }
        TextRules.problemOf(header).ifPresent(problem -> {
            throw InvalidInputException.of(CORRELATION_ID, problem);
        });
        String value = header.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw InvalidInputException.of(CORRELATION_ID, "must be 1-" + MAX_LENGTH + " characters when sent");
        }
        return value;
    }

    /** The request's correlation id (from the header, or a new one) and the caller who sent it. */
    static Provenance provenance(String correlationIdHeader, Caller caller) {
        return Provenance.ofRequest(correlationId(correlationIdHeader), caller.subject());
    }

    /** JAX-RS hands an empty body to the method as null; that is a missing body, not a server error. */
    static <T> T requireBody(T body, String expected) {
        if (body == null) {
            throw InvalidInputException.of("body", expected + " is required");
        }
        return body;
    }
}
