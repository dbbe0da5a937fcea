package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Loads an aggregate's history as events of its own family, for the load → decide → append handlers. */
@ApplicationScoped
public class EventStreams {

    private final EventStore eventStore;

    @Inject
    public EventStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * @throws ConflictException when the id's stream holds another kind of record (ids of all kinds
     *                           share one namespace); the client must choose another id
     */
    public <E extends DomainEvent> List<E> load(Connection connection, String aggregateId, Class<E> family)
            throws SQLException {
        List<E> history = new ArrayList<>();
        for (EventEnvelope envelope : eventStore.readStream(connection, aggregateId)) {
            if (!family.isInstance(envelope.payload())) {
                throw new ConflictException("'" + aggregateId + "' is already the id of "
                        + RecordKind.describe(envelope.type()) + "; choose another id");
            }
            history.add(family.cast(envelope.payload()));
        }
        return history;
    }

    public List<EventEnvelope> envelopes(Connection connection, String aggregateId) throws SQLException {
        return eventStore.readStream(connection, aggregateId);
    }
}
