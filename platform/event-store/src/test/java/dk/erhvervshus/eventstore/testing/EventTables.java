package dk.erhvervshus.eventstore.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct looks at the event store's tables, to prove in a service's integration tests what was (or
 * was not) stored. Shipped in event-store's test jar.
 */
public final class EventTables {

    private final DataSource dataSource;

    public EventTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long events() {
        return count("SELECT count(*) FROM events");
    }

    public long outboxRows() {
        return count("SELECT count(*) FROM outbox");
    }

    public long eventsOf(String aggregateId) {
        return count("SELECT count(*) FROM events WHERE aggregate_id = ?", aggregateId);
    }

    public long unpublishedOf(String aggregateId) {
        return count("SELECT count(*) FROM outbox WHERE message_key = ? AND published_at IS NULL", aggregateId);
    }

    public List<String> typesOf(String aggregateId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT type FROM events WHERE aggregate_id = ? ORDER BY version")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                List<String> types = new ArrayList<>();
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
                return types;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long eventsWithIdPrefix(String prefix) {
        return count("SELECT count(*) FROM events WHERE aggregate_id LIKE ?", prefix + "%");
    }

    public long outboxRowsOf(String aggregateId) {
        return count("SELECT count(*) FROM outbox WHERE message_key = ?", aggregateId);
    }

    public long deadLettersOf(String aggregateId) {
        return count("SELECT count(*) FROM outbox WHERE message_key = ? AND dead_lettered_at IS NOT NULL", aggregateId);
    }

    /** The outbox position of the dead letter of {@code aggregateId}; fails when it has none. */
    public long deadLetterPositionOf(String aggregateId) {
        long position = count("SELECT coalesce(min(position), -1) FROM outbox WHERE message_key = ?"
                + " AND dead_lettered_at IS NOT NULL", aggregateId);
        if (position < 0) {
            throw new AssertionError(aggregateId + " has no dead letter");
        }
        return position;
    }

    /** The size in bytes of the largest outbox message of {@code aggregateId} (its Kafka record's value). */
    public long outboxValueBytesOf(String aggregateId) {
        return count("SELECT coalesce(max(octet_length(message_value)), 0) FROM outbox WHERE message_key = ?", aggregateId);
    }

    public long deadLetters() {
        return count("SELECT count(*) FROM outbox WHERE dead_lettered_at IS NOT NULL");
    }
}
