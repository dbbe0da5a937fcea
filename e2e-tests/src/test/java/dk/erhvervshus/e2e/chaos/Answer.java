package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What came back for one request: a status and body, or no answer at all (the connection was
 * refused or reset, or the request timed out) — then nobody knows whether the write was stored.
 */
record Answer(int status, String body, String retryAfter, String failure) {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Answer none(String failure) {
        return new Answer(0, null, null, failure);
    }

    boolean answered() {
        return status > 0;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + excerpt(), e);
        }
    }

    /** The problem type's last segment of a problem+json answer, e.g. {@code storage-unavailable}. */
    String problemType() {
        try {
            String type = JSON.readTree(body).path("type").asText("");
            return type.substring(type.lastIndexOf('/') + 1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Retry-After in seconds, as the write services send it once the database is down; empty without it. */
    Optional<Duration> retryAfterDelay() {
        if (retryAfter == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            // An HTTP date is allowed too; a client that cannot read it waits its own backoff.
            return Optional.of(Duration.ofSeconds(1));
        }
    }

    String excerpt() {
        if (!answered()) {
            return "no answer: " + failure;
        }
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
}
