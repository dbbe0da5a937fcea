package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.util.PSQLException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CONFLICT_DETAIL = Pattern.compile("=\\((.*), \\d+\\) already exists");

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
                        + " correlation_id, recorded_by, write_id, payload::text FROM events WHERE aggregate_id = ?"
                        + " ORDER BY version")) {
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
                            rs.getString(11),
                            rs.getObject(12, UUID.class),
                            EventCodec.payloadFromJson(type, rs.getString(13))));
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
                    metadata.correlationId(), metadata.recordedBy(), metadata.writeId(), event);
            EventEnvelope withPosition = envelope.withPosition(insert(connection, envelope, expectedVersion));
            outbox.enqueue(connection, topic, withPosition, recordedAt);
            stored.add(withPosition);
        }
        return stored;
    }

    /**
     * Appends many streams that do not exist yet (each at expected version 0) with one statement for
     * the events and one for their outbox rows, instead of two per event: a bulk import's chunk is
     * then a handful of round trips. Positions ascend in the order given, stream by stream and
     * within a stream by version, exactly as the same appends made one after another.
     *
     * @return the stored envelopes in that order, with their positions
     * @throws StreamVersionConflictException when one of the streams exists already (or was created
     *                                        by a concurrent writer); nothing of the batch is stored
     *                                        and the caller's transaction must roll back
     */
    public List<EventEnvelope> appendNewStreams(Connection connection, String topic, List<NewStream> streams)
            throws SQLException {
        Set<String> ids = new HashSet<>();
        int eventCount = 0;
        for (NewStream stream : streams) {
            // Within one statement a repeated id would be a unique violation that no retry can cure.
            if (!ids.add(stream.aggregateId())) {
                throw new IllegalArgumentException("stream given twice: " + stream.aggregateId());
            }
            eventCount += stream.events().size();
        }
        if (eventCount == 0) {
            return List.of();
        }
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Taken before the insert and sorted, so the order given decides the positions rather than
        // the order in which the executor happens to evaluate a column default.
        long[] positions = nextPositions(connection, eventCount);
        List<EventEnvelope> stored = new ArrayList<>(eventCount);
        for (NewStream stream : streams) {
            EventMetadata metadata = stream.metadata();
            Instant occurredAt = metadata.occurredAt() == null
                    ? recordedAt : metadata.occurredAt().truncatedTo(ChronoUnit.MICROS);
            long version = 0;
            for (DomainEvent event : stream.events()) {
                version++;
                stored.add(new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(event.getClass()),
                        stream.aggregateId(), version, positions[stored.size()], occurredAt, recordedAt, source,
                        metadata.house(), metadata.correlationId(), metadata.recordedBy(), metadata.writeId(), event));
            }
        }
        insertAll(connection, stored);
        outbox.enqueueAll(connection, topic, stored, recordedAt);
        return stored;
    }

    /** Like {@link #appendNewStreams(Connection, String, List)}, for the default topic. */
    public List<EventEnvelope> appendNewStreams(Connection connection, List<NewStream> streams) throws SQLException {
        return appendNewStreams(connection, outbox.defaultTopic(), streams);
    }

    private static long[] nextPositions(Connection connection, int count) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('events', 'position')) FROM generate_series(1, ?)")) {
            select.setInt(1, count);
            long[] positions = new long[count];
            try (ResultSet rs = select.executeQuery()) {
                for (int i = 0; i < count; i++) {
                    rs.next();
                    positions[i] = rs.getLong(1);
                }
            }
            Arrays.sort(positions);
            return positions;
        }
    }

    /** One INSERT for all rows: each column travels as one array parameter, whatever the row count. */
    private static void insertAll(Connection connection, List<EventEnvelope> envelopes) throws SQLException {
        int n = envelopes.size();
        Long[] positions = new Long[n];
        UUID[] eventIds = new UUID[n];
        String[] aggregateIds = new String[n];
        Long[] versions = new Long[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        String[] occurredAts = new String[n];
        String[] houses = new String[n];
        String[] correlationIds = new String[n];
        String[] recordedBys = new String[n];
        UUID[] writeIds = new UUID[n];
        for (int i = 0; i < n; i++) {
            EventEnvelope e = envelopes.get(i);
            positions[i] = e.position();
            eventIds[i] = e.eventId();
            aggregateIds[i] = e.aggregateId();
            versions[i] = e.version();
            types[i] = e.type();
            payloads[i] = EventCodec.payloadToJson(e.payload());
            // ISO-8601 with zone and microseconds: PostgreSQL reads it back exactly.
            occurredAts[i] = e.occurredAt().toString();
            houses[i] = e.house();
            correlationIds[i] = e.correlationId();
            recordedBys[i] = e.recordedBy();
            writeIds[i] = e.writeId();
        }
        EventEnvelope first = envelopes.get(0);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO events (position, event_id, aggregate_id, version, type, payload, occurred_at,"
                        + " recorded_at, house, correlation_id, recorded_by, write_id, source)"
                        + " SELECT r.position, r.event_id, r.aggregate_id, r.version, r.type, r.payload::jsonb,"
                        + " r.occurred_at::timestamptz, ?, r.house, r.correlation_id, r.recorded_by, r.write_id, ?"
                        + " FROM unnest(?::bigint[], ?::uuid[], ?::text[], ?::bigint[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[])"
                        + " AS r(position, event_id, aggregate_id, version, type, payload, occurred_at, house,"
                        + " correlation_id, recorded_by, write_id)")) {
            // One batch has one recording time and one source.
            SqlTime.set(insert, 1, first.recordedAt());
            insert.setString(2, first.source());
            insert.setArray(3, connection.createArrayOf("bigint", positions));
            insert.setArray(4, connection.createArrayOf("uuid", eventIds));
            insert.setArray(5, connection.createArrayOf("text", aggregateIds));
            insert.setArray(6, connection.createArrayOf("bigint", versions));
            insert.setArray(7, connection.createArrayOf("text", types));
            insert.setArray(8, connection.createArrayOf("text", payloads));
            insert.setArray(9, connection.createArrayOf("text", occurredAts));
            insert.setArray(10, connection.createArrayOf("text", houses));
            insert.setArray(11, connection.createArrayOf("text", correlationIds));
            insert.setArray(12, connection.createArrayOf("text", recordedBys));
            insert.setArray(13, connection.createArrayOf("uuid", writeIds));
            insert.executeUpdate();
        } catch (SQLException ex) {
            if (SqlErrors.isUniqueViolationOf(ex, VERSION_CONSTRAINT)) {
                throw new StreamVersionConflictException(conflictingStream(ex), 0, ex);
            }
            throw ex;
        }
    }

    /** The stream named in the violation's detail, "Key (aggregate_id, version)=(id, 1) already exists.". */
    private static String conflictingStream(SQLException ex) {
        String detail = ex instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getDetail() : null;
        Matcher key = detail == null ? null : CONFLICT_DETAIL.matcher(detail);
        return key != null && key.find() ? key.group(1) : "one of the new streams";
    }

    private static long insert(Connection connection, EventEnvelope e, long expectedVersion) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO events (event_id, aggregate_id, version, type, payload, occurred_at, recorded_at,"
                        + " house, correlation_id, recorded_by, write_id, source)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) RETURNING position")) {
            insert.setObject(1, e.eventId());
            insert.setString(2, e.aggregateId());
            insert.setLong(3, e.version());
            insert.setString(4, e.type());
            insert.setString(5, EventCodec.payloadToJson(e.payload()));
            SqlTime.set(insert, 6, e.occurredAt());
            SqlTime.set(insert, 7, e.recordedAt());
            insert.setString(8, e.house());
            insert.setString(9, e.correlationId());
            insert.setString(10, e.recordedBy());
            insert.setObject(11, e.writeId());
            insert.setString(12, e.source());
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
