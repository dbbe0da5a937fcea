package dk.erhvervshus.guidance.eventstore;

import dk.erhvervshus.eventstore.SqlTime;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The CRM events already applied, by crmEventId. Claimed in the transaction that applies the event,
 * so "applied" and "remembered as applied" cannot diverge; rejected events are not remembered and
 * may be sent again once corrected.
 */
@ApplicationScoped
public class CrmEventLog {

    public static final String ACCEPTED = "accepted";

    public record Entry(String courseId, String result, Long version) {
    }

    /** True when this transaction now owns the crmEventId; false when it was applied before. */
    public boolean claim(Connection connection, String crmEventId, String batchId, String type, String courseId,
                         Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crm_events (crm_event_id, batch_id, type, course_id, result, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (crm_event_id) DO NOTHING")) {
            insert.setString(1, crmEventId);
            insert.setString(2, batchId);
            insert.setString(3, type);
            insert.setString(4, courseId);
            insert.setString(5, ACCEPTED);
            SqlTime.set(insert, 6, now);
            return insert.executeUpdate() == 1;
        }
    }

    public Optional<Entry> find(Connection connection, String crmEventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT course_id, result, version FROM crm_events WHERE crm_event_id = ?")) {
            select.setString(1, crmEventId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(3);
                return Optional.of(new Entry(rs.getString(1), rs.getString(2), rs.wasNull() ? null : version));
            }
        }
    }

    public void recordVersion(Connection connection, String crmEventId, long version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE crm_events SET version = ? WHERE crm_event_id = ?")) {
            update.setLong(1, version);
            update.setString(2, crmEventId);
            update.executeUpdate();
        }
    }
}
