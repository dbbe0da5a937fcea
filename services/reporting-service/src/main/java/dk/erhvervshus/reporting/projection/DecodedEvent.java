package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;

/** An event decoded from a record; the record is kept in case the projection has to park it. */
public record DecodedEvent(ConsumedRecord record, EventEnvelope envelope) {
}
