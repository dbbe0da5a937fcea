package dk.erhvervshus.guidance.application;

import java.time.Instant;

/**
 * Where a command came from, for the envelope of the events it causes.
 *
 * @param correlationId the request's X-Correlation-Id (or a generated one); for the CRM the batch id
 * @param occurredAt    business time reported by the CRM; null means "now"
 */
public record CommandContext(String correlationId, Instant occurredAt) {

    public static CommandContext ofRequest(String correlationId) {
        return new CommandContext(correlationId, null);
    }
}
