package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.eventstore.EventMetadata;

import java.util.UUID;

/**
 * Where the events of one write come from: the request (its correlation id), who sent it (the
 * bearer token's subject) and the acknowledged write they belong to (its writeId). Every envelope
 * the write causes carries all three. A request is one write, except a batch, whose items are
 * writes of their own ({@link #anotherWrite()}); a CSV import is one write however many chunks
 * it commits.
 */
public record Provenance(String correlationId, String recordedBy, UUID writeId) {

    /** The provenance of a new write of this request. */
    public static Provenance ofRequest(String correlationId, String recordedBy) {
        return new Provenance(correlationId, recordedBy, UUID.randomUUID());
    }

    /** Another write of the same request (an item of a batch): same correlation and caller, a new writeId. */
    public Provenance anotherWrite() {
        return ofRequest(correlationId, recordedBy);
    }

    /** The write's token once it has appended {@code events} events. */
    public ConsistencyToken token(int events) {
        return new ConsistencyToken(writeId, events);
    }

    EventMetadata metadataFor(String house) {
        return new EventMetadata(house, correlationId, null, recordedBy, writeId);
    }
}
