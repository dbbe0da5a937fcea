package dk.erhvervshus.survey.it;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct looks at the event store's tables, to prove what was (not) stored. */
final class EventTables {

    private final DataSource dataSource;

    EventTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long count(String sql, Object... parameters) {
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

    long events() {
        return count("SELECT count(*) FROM events");
    }

    long eventsOf(String aggregateId) {
        return count("SELECT count(*) FROM events WHERE aggregate_id = ?", aggregateId);
    }

    long eventsWithIdPrefix(String prefix) {
        return count("SELECT count(*) FROM events WHERE aggregate_id LIKE ?", prefix + "%");
    }

    long outboxRowsOf(String aggregateId) {
        return count("SELECT count(*) FROM outbox WHERE message_key = ?", aggregateId);
    }
}
