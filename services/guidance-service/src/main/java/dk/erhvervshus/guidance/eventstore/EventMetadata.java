package dk.erhvervshus.guidance.eventstore;

import java.time.Instant;

/**
 * What the envelope needs besides the domain event.
 *
 * @param house         the tenant the stream belongs to
 * @param correlationId request or CRM batch that caused the events
 * @param occurredAt    business time (the CRM's occurredAt); null means "now"
 */
public record EventMetadata(String house, String correlationId, Instant occurredAt) {
}
