package dk.erhvervshus.eventstore;

import java.time.Instant;

/**
 * What the envelope needs besides the domain event.
 *
 * @param house         the tenant the stream belongs to
 * @param correlationId the request or batch that caused the events
 * @param occurredAt    business time reported by the sender (e.g. a feed's or the CRM's occurredAt);
 *                      null means "now"
 * @param recordedBy    the subject of the authenticated caller whose request causes the events
 */
public record EventMetadata(String house, String correlationId, Instant occurredAt, String recordedBy) {
}
