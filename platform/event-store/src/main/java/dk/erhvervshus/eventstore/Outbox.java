package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox. {@link #enqueue} runs in the transaction that appends the event, so an
 * event is stored if and only if its message will be published; the relay reads unpublished rows
 * in position order and sends each to the topic stored with it, then stamps them once Kafka
 * acknowledged them.
 */
@ApplicationScoped
public class Outbox {

    public static final String DEFAULT_TOPIC_KEY = "outbox.default-topic";

    /**
     * The ASCII bytes of "outbox"; any constant works as long as nothing else in the database uses
     * it. Advisory locks belong to one database, so services with their own databases never meet.
     */
    private static final long RELAY_LOCK_KEY = 0x6f7574_626f78L;

    private final Optional<String> defaultTopic;

    @Inject
    public Outbox(@ConfigProperty(name = DEFAULT_TOPIC_KEY) Optional<String> defaultTopic) {
        this.defaultTopic = defaultTopic;
    }

    /** The topic of appends that name none; a service that always names its topics need not configure one. */
    public String defaultTopic() {
        return defaultTopic.orElseThrow(() -> new IllegalStateException(
                "the append names no topic and " + DEFAULT_TOPIC_KEY + " is not configured"));
    }

    public void enqueue(Connection connection, String topic, EventEnvelope stored, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (position, topic, message_key, message_value, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, stored.position());
            insert.setString(2, topic);
            // Keyed by aggregate id: all events of one aggregate land in one partition, in order.
            insert.setString(3, stored.aggregateId());
            insert.setBytes(4, EventCodec.toBytes(stored));
            SqlTime.set(insert, 5, now);
            insert.executeUpdate();
        }
    }

    /**
     * {@link #enqueue} for many events in one statement (a batched append): each column is one array
     * parameter, so the statement is the same whatever the number of rows.
     */
    public void enqueueAll(Connection connection, String topic, List<EventEnvelope> stored, Instant now)
            throws SQLException {
        int n = stored.size();
        Long[] positions = new Long[n];
        String[] keys = new String[n];
        byte[][] values = new byte[n][];
        for (int i = 0; i < n; i++) {
            EventEnvelope e = stored.get(i);
            positions[i] = e.position();
            keys[i] = e.aggregateId();
            values[i] = EventCodec.toBytes(e);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (position, topic, message_key, message_value, created_at)"
                        + " SELECT r.position, ?, r.message_key, r.message_value, ?"
                        + " FROM unnest(?::bigint[], ?::text[], ?::bytea[]) AS r(position, message_key, message_value)")) {
            insert.setString(1, topic);
            SqlTime.set(insert, 2, now);
            insert.setArray(3, connection.createArrayOf("bigint", positions));
            insert.setArray(4, connection.createArrayOf("text", keys));
            insert.setArray(5, connection.createArrayOf("bytea", values));
            insert.executeUpdate();
        }
    }

    /**
     * Takes the relay lock for the rest of the caller's transaction, or answers false when another
     * relay (another instance of the service) holds it. The lock dies with the transaction or the
     * connection, so a crashed relay never blocks the others.
     */
    public boolean tryLockForRelay(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    public List<OutboxMessage> fetchUnpublished(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, topic, message_key, message_value FROM outbox"
                        + " WHERE published_at IS NULL ORDER BY position LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<OutboxMessage> messages = new ArrayList<>();
                while (rs.next()) {
                    messages.add(new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
                }
                return messages;
            }
        }
    }

    public void markPublished(Connection connection, List<Long> positions, Instant at) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET published_at = ? WHERE position = ANY (?)")) {
            SqlTime.set(update, 1, at);
            update.setArray(2, connection.createArrayOf("bigint", positions.toArray()));
            update.executeUpdate();
        }
    }

    public long countUnpublished(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM outbox WHERE published_at IS NULL");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
