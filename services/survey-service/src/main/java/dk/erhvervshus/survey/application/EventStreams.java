package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.eventstore.EventStore;
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
     * Each kind of record has its own prefix in the aggregate id ({@code response:}, {@code referral:},
     * ...), so a stream of another family under the id would mean corrupt data, not a client error.
     */
    public <E extends DomainEvent> List<E> load(Connection connection, String aggregateId, Class<E> family)
            throws SQLException {
        List<E> history = new ArrayList<>();
        for (EventEnvelope envelope : eventStore.readStream(connection, aggregateId)) {
            if (!family.isInstance(envelope.payload())) {
                throw new IllegalStateException("stream " + aggregateId + " holds a " + envelope.type()
                        + " event, which is not a " + family.getSimpleName());
            }
            history.add(family.cast(envelope.payload()));
        }
        return history;
    }

    public List<EventEnvelope> envelopes(Connection connection, String aggregateId) throws SQLException {
        return eventStore.readStream(connection, aggregateId);
    }
}
