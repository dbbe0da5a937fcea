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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox. {@link #enqueue} runs in the transaction that appends the event, so an
 * event is stored if and only if its message will be published; the relay reads unpublished rows
 * in position order and sends each to the topic stored with it, then stamps them once Kafka
 * acknowledged them. A row the broker can never take becomes a dead letter: it keeps its place and
 * holds back the rest of its stream until an operator requeues it.
 */
@ApplicationScoped
public class Outbox {

    public static final String DEFAULT_TOPIC_KEY = "outbox.default-topic";

    /**
     * The ASCII bytes of "outbox"; any constant works as long as nothing else in the database uses
     * it. Advisory locks belong to one database, so services with their own databases never meet.
     */
    private static final long RELAY_LOCK_KEY = 0x6f7574_626f78L;

    /** The channel the trigger of V1.2 notifies when outbox rows are committed. */
    public static final String WAKE_UP_CHANNEL = "outbox";
    /** The width of {@code outbox.dead_letter_reason}. */
    private static final int MAX_REASON_LENGTH = 1000;

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

    /**
     * Bounds how long the caller's transaction may sit idle (the relay waiting for Kafka with its
     * transaction open): past {@code limit} PostgreSQL ends the session and the transaction rolls
     * back. A guard behind the relay's own round deadline, for the case that it hangs all the same.
     */
    public void limitIdleTime(Connection connection, Duration limit) throws SQLException {
        try (Statement set = connection.createStatement()) {
            // SET takes no parameters; the value is a number we formatted ourselves.
            set.execute("SET LOCAL idle_in_transaction_session_timeout = " + Math.max(1, limit.toMillis()));
        }
    }

    /**
     * The rows the relay may send now, in position order: unpublished, not dead-lettered, and not
     * behind a dead letter of their stream (the same key), which holds the rest of that stream back
     * so that its order on the topic is kept.
     */
    public List<OutboxMessage> fetchPublishable(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT o.position, o.topic, o.message_key, o.message_value FROM outbox o"
                        + " WHERE o.published_at IS NULL AND o.dead_lettered_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox d WHERE d.dead_lettered_at IS NOT NULL"
                        + " AND d.message_key = o.message_key AND d.position < o.position)"
                        + " ORDER BY o.position LIMIT ?")) {
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

    /** Moves a row the broker can never take out of the relay's way, with the reason (cut to fit). */
    public void deadLetter(Connection connection, long position, String reason, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET dead_lettered_at = ?, dead_letter_reason = ? WHERE position = ? AND published_at IS NULL")) {
            SqlTime.set(update, 1, at);
            update.setString(2, reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason);
            update.setLong(3, position);
            update.executeUpdate();
        }
    }

    /**
     * Hands a dead letter back to the relay, which sends it (and then the rows of its stream that
     * waited behind it) in position order; the relay is woken at commit.
     *
     * @return false when {@code position} is not a dead letter (unknown, published, or queued already)
     */
    public boolean requeueDeadLetter(Connection connection, long position) throws SQLException {
        int requeued;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET dead_lettered_at = NULL, dead_letter_reason = NULL"
                        + " WHERE position = ? AND dead_lettered_at IS NOT NULL")) {
            update.setLong(1, position);
            requeued = update.executeUpdate();
        }
        if (requeued > 0) {
            try (Statement notify = connection.createStatement()) {
                notify.execute("NOTIFY " + WAKE_UP_CHANNEL);
            }
        }
        return requeued > 0;
    }

    /** Dead letters in position order, each with the number of rows of its stream waiting behind it. */
    public List<DeadLetter> deadLetters(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT d.position, d.topic, d.message_key, octet_length(d.message_value), d.created_at,"
                        + " d.dead_lettered_at, d.dead_letter_reason,"
                        + " (SELECT count(*) FROM outbox w WHERE w.published_at IS NULL"
                        + "  AND w.message_key = d.message_key AND w.position > d.position)"
                        + " FROM outbox d WHERE d.dead_lettered_at IS NOT NULL ORDER BY d.position LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<DeadLetter> deadLetters = new ArrayList<>();
                while (rs.next()) {
                    deadLetters.add(new DeadLetter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            SqlTime.get(rs, 5), SqlTime.get(rs, 6), rs.getString(7), rs.getLong(8)));
                }
                return deadLetters;
            }
        }
    }

    /**
     * How far publication is behind, in one look at the unpublished rows (a partial index holds only
     * those). Rows held behind a dead letter are counted apart: they wait for an operator, not for the
     * relay, so they do not make the backlog "old".
     */
    public OutboxStatus status(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FILTER (WHERE NOT dead AND NOT held), min(created_at) FILTER (WHERE NOT dead AND NOT held),"
                        + " count(*) FILTER (WHERE dead), count(*) FILTER (WHERE held)"
                        + " FROM (SELECT o.created_at, o.dead_lettered_at IS NOT NULL AS dead,"
                        + "   o.dead_lettered_at IS NULL AND EXISTS (SELECT 1 FROM outbox d WHERE d.dead_lettered_at IS NOT NULL"
                        + "     AND d.message_key = o.message_key AND d.position < o.position) AS held"
                        + "   FROM outbox o WHERE o.published_at IS NULL) unpublished");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return new OutboxStatus(rs.getLong(1), SqlTime.get(rs, 2), rs.getLong(3), rs.getLong(4));
        }
    }

    /** Subscribes {@code connection} (autocommit, held by the relay) to the notification of committed rows. */
    public void listenForNewRows(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + WAKE_UP_CHANNEL);
        }
    }

    public void stopListening(Connection connection) throws SQLException {
        try (Statement unlisten = connection.createStatement()) {
            unlisten.execute("UNLISTEN " + WAKE_UP_CHANNEL);
        }
    }
}
