package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.ConsistencyToken;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the envelope needs besides the domain event.
 *
 * @param house         the tenant the stream belongs to
 * @param correlationId the request or batch that caused the events
 * @param occurredAt    business time reported by the sender (e.g. a feed's or the CRM's occurredAt);
 *                      null means "now"
 * @param recordedBy    the subject of the authenticated caller whose request causes the events
 * @param writeId       the acknowledged write the events belong to: every event appended with it
 *                      carries it, and the write's {@link ConsistencyToken} counts them. Appends
 *                      of one write (several streams, several transactions of an import) share it
 */
public record EventMetadata(String house, String correlationId, Instant occurredAt, String recordedBy, UUID writeId) {

    public EventMetadata {
        Objects.requireNonNull(writeId, "writeId");
    }

    /** The metadata of a write of its own: a new writeId. */
    public EventMetadata(String house, String correlationId, Instant occurredAt, String recordedBy) {
        this(house, correlationId, occurredAt, recordedBy, UUID.randomUUID());
    }

    /** The token of this write once it has appended {@code events} events with this metadata. */
    public ConsistencyToken token(int events) {
        return new ConsistencyToken(writeId, events);
    }
}
