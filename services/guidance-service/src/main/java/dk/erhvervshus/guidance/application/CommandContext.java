package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.eventstore.EventMetadata;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a command came from, for the envelope of the events it causes.
 *
 * @param correlationId the request's X-Correlation-Id (or a generated one); for the CRM the batch id
 * @param occurredAt    business time reported by the CRM; null means "now"
 * @param recordedBy    the subject of the caller's token: who recorded the events
 * @param writeId       the acknowledged write: one request, or one item of a CRM batch
 */
public record CommandContext(String correlationId, Instant occurredAt, String recordedBy, UUID writeId) {

    public static CommandContext ofRequest(String correlationId, String recordedBy) {
        return new CommandContext(correlationId, null, recordedBy, UUID.randomUUID());
    }

    /** One CRM change event: a write of its own, within its batch. */
    public static CommandContext ofCrmEvent(String batchId, Instant occurredAt, String recordedBy) {
        return new CommandContext(batchId, occurredAt, recordedBy, UUID.randomUUID());
    }

    EventMetadata metadataFor(String house) {
        return new EventMetadata(house, correlationId, occurredAt, recordedBy, writeId);
    }

    ConsistencyToken token(int events) {
        return new ConsistencyToken(writeId, events);
    }
}
