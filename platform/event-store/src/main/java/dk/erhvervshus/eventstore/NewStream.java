package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.DomainEvent;

import java.util.List;

/**
 * A stream that does not exist yet, for {@link EventStore#appendNewStreams}: its events become
 * versions 1, 2, ... The metadata is per stream because the house is: one batch may hold many tenants.
 */
public record NewStream(String aggregateId, List<? extends DomainEvent> events, EventMetadata metadata) {

    public NewStream {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a new stream needs at least one event: " + aggregateId);
        }
        events = List.copyOf(events);
    }
}
