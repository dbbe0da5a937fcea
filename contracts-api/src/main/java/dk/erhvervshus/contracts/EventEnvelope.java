package dk.erhvervshus.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a topic: one domain event plus the facts every consumer needs to order,
 * deduplicate and trace it.
 *
 * @param eventId       unique id of this event; consumers may deduplicate on it
 * @param type          stable wire name such as {@code guidance.course-started.v1}, never a class name
 * @param aggregateId   the stream the event belongs to (the Kafka key)
 * @param version       1-based position of the event in its aggregate's stream
 * @param position      monotonic position in the producing service's event store
 * @param occurredAt    when it happened in the business (may be earlier than recordedAt)
 * @param recordedAt    when the producing service stored it
 * @param source        the producing service, e.g. {@code guidance-service}
 * @param house         the Erhvervshus (tenant) the event belongs to
 * @param correlationId ties the event to the request or CRM batch that caused it
 * @param recordedBy    who recorded it: the subject of the authenticated caller (the bearer token's
 *                      {@code sub}); null only for events recorded before authentication existed
 * @param writeId       the acknowledged write that appended this event; one token covers all its events
 *                      (see {@link ConsistencyToken}); null for events recorded before tokens existed
 * @param payload       the domain event itself
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        String aggregateId,
        long version,
        long position,
        Instant occurredAt,
        Instant recordedAt,
        String source,
        String house,
        String correlationId,
        String recordedBy,
        UUID writeId,
        DomainEvent payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(house, "house");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
        if (!type.equals(WireTypes.wireNameOf(payload.getClass()))) {
            throw new IllegalArgumentException("type " + type + " does not match payload " + payload.getClass().getSimpleName());
        }
    }

    /** An envelope of no acknowledged write (recorded before tokens existed, or built by a test). */
    public EventEnvelope(UUID eventId, String type, String aggregateId, long version, long position,
                         Instant occurredAt, Instant recordedAt, String source, String house, String correlationId,
                         String recordedBy, DomainEvent payload) {
        this(eventId, type, aggregateId, version, position, occurredAt, recordedAt, source, house, correlationId,
                recordedBy, null, payload);
    }

    /** The same envelope with the store position filled in (known only after the insert). */
    public EventEnvelope withPosition(long newPosition) {
        return new EventEnvelope(eventId, type, aggregateId, version, newPosition, occurredAt, recordedAt,
                source, house, correlationId, recordedBy, writeId, payload);
    }
}
