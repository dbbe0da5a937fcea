package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Append-only streams of events in PostgreSQL, one stream per aggregate id. Every append writes the
 * outbox row of each event in the caller's transaction: there is no "save, then send".
 */
@ApplicationScoped
public class EventStore {

    /** The producing service's name, written into every envelope as {@code source}. */
    public static final String SOURCE_KEY = "event-store.source";
    /** The width of the {@code events.source} column. */
    private static final int MAX_SOURCE_LENGTH = 50;
    private static final String VERSION_CONSTRAINT = "events_aggregate_version_unique";

    private final Outbox outbox;
    private final Clock clock;
    private final String source;

    @Inject
    public EventStore(Outbox outbox, Clock clock, @ConfigProperty(name = SOURCE_KEY) String source) {
        // A missing key already fails the start (Quarkus checks config injection points); an
        // unusable value is refused here, with its key named, rather than by a failing insert.
        if (source.isBlank() || source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException(SOURCE_KEY + " must be 1-" + MAX_SOURCE_LENGTH
                    + " characters, was '" + source + "'");
        }
        this.outbox = outbox;
        this.clock = clock;
        this.source = source;
    }

    public List<EventEnvelope> readStream(Connection connection, String aggregateId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT event_id, type, aggregate_id, version, position, occurred_at, recorded_at, source, house,"
                        + " correlation_id, payload::text FROM events WHERE aggregate_id = ? ORDER BY version")) {
            select.setString(1, aggregateId);
            try (ResultSet rs = select.executeQuery()) {
                List<EventEnvelope> stream = new ArrayList<>();
                while (rs.next()) {
                    String type = rs.getString(2);
                    stream.add(new EventEnvelope(
                            rs.getObject(1, UUID.class),
                            type,
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            SqlTime.get(rs, 6),
                            SqlTime.get(rs, 7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            EventCodec.payloadFromJson(type, rs.getString(11))));
                }
                return stream;
            }
        }
    }

    /**
     * Appends {@code events} as versions expectedVersion+1, +2, ... and queues each in the outbox
     * for the service's default topic ({@code outbox.default-topic}).
     *
     * @return the stored envelopes, with their positions
     * @throws StreamVersionConflictException when another writer got there first; the caller's
     *                                        transaction is then unusable and must roll back
     */
    public List<EventEnvelope> append(Connection connection, String aggregateId, long expectedVersion,
                                      List<? extends DomainEvent> events, EventMetadata metadata) throws SQLException {
        return append(connection, outbox.defaultTopic(), aggregateId, expectedVersion, events, metadata);
    }

    /**
     * Like {@link #append(Connection, String, long, List, EventMetadata)}, but queues the events for
     * {@code topic}. Give one stream always the same topic: consumers rely on reading all of an
     * aggregate's events, in order, from one partition.
     */
    public List<EventEnvelope> append(Connection connection, String topic, String aggregateId, long expectedVersion,
                                      List<? extends DomainEvent> events, EventMetadata metadata) throws SQLException {
        // PostgreSQL keeps microseconds; truncating here makes the outbox copy equal the stored one.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant occurredAt = metadata.occurredAt() == null
                ? recordedAt : metadata.occurredAt().truncatedTo(ChronoUnit.MICROS);
        List<EventEnvelope> stored = new ArrayList<>();
        long version = expectedVersion;
        for (DomainEvent event : events) {
            version++;
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(event.getClass()),
                    aggregateId, version, 0, occurredAt, recordedAt, source, metadata.house(),
                    metadata.correlationId(), event);
            EventEnvelope withPosition = envelope.withPosition(insert(connection, envelope, expectedVersion));
            outbox.enqueue(connection, topic, withPosition, recordedAt);
            stored.add(withPosition);
        }
        return stored;
    }

    private static long insert(Connection connection, EventEnvelope e, long expectedVersion) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO events (event_id, aggregate_id, version, type, payload, occurred_at, recorded_at,"
                        + " house, correlation_id, source) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) RETURNING position")) {
            insert.setObject(1, e.eventId());
            insert.setString(2, e.aggregateId());
            insert.setLong(3, e.version());
            insert.setString(4, e.type());
            insert.setString(5, EventCodec.payloadToJson(e.payload()));
            SqlTime.set(insert, 6, e.occurredAt());
            SqlTime.set(insert, 7, e.recordedAt());
            insert.setString(8, e.house());
            insert.setString(9, e.correlationId());
            insert.setString(10, e.source());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException ex) {
            if (SqlErrors.isUniqueViolationOf(ex, VERSION_CONSTRAINT)) {
                throw new StreamVersionConflictException(e.aggregateId(), expectedVersion, ex);
            }
            throw ex;
        }
    }
}
