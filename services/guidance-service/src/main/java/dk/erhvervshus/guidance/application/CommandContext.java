package dk.erhvervshus.guidance.application;

import java.time.Instant;

/**
 * Where a command came from, for the envelope of the events it causes.
 *
 * @param correlationId the request's X-Correlation-Id (or a generated one); for the CRM the batch id
 * @param occurredAt    business time reported by the CRM; null means "now"
 * @param recordedBy    the subject of the caller's token: who recorded the events
 */
public record CommandContext(String correlationId, Instant occurredAt, String recordedBy) {

    public static CommandContext ofRequest(String correlationId, String recordedBy) {
        return new CommandContext(correlationId, null, recordedBy);
    }
}
