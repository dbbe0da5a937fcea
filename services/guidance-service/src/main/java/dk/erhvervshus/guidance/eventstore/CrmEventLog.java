package dk.erhvervshus.guidance.eventstore;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.eventstore.SqlTime;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The CRM events already applied, by house and crmEventId (each house's CRM numbers its own
 * events). Claimed in the transaction that applies the event, so "applied" and "remembered as
 * applied" cannot diverge; rejected events are not remembered and may be sent again once corrected.
 */
@ApplicationScoped
public class CrmEventLog {

    public static final String ACCEPTED = "accepted";

    /** @param token the consistency token of the write that applied the event; null before tokens existed */
    public record Entry(String courseId, String result, Long version, ConsistencyToken token) {
    }

    /** True when this transaction now owns the house's crmEventId; false when it was applied before. */
    public boolean claim(Connection connection, String house, String crmEventId, String batchId, String type,
                         String courseId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crm_events (house, crm_event_id, batch_id, type, course_id, result, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (house, crm_event_id) DO NOTHING")) {
            insert.setString(1, house);
            insert.setString(2, crmEventId);
            insert.setString(3, batchId);
            insert.setString(4, type);
            insert.setString(5, courseId);
            insert.setString(6, ACCEPTED);
            SqlTime.set(insert, 7, now);
            return insert.executeUpdate() == 1;
        }
    }

    public Optional<Entry> find(Connection connection, String house, String crmEventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT course_id, result, version, write_id, write_events FROM crm_events"
                        + " WHERE house = ? AND crm_event_id = ?")) {
            select.setString(1, house);
            select.setString(2, crmEventId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(3);
                Long recordedVersion = rs.wasNull() ? null : version;
                UUID writeId = rs.getObject(4, UUID.class);
                int events = rs.getInt(5);
                ConsistencyToken token = writeId == null || rs.wasNull() ? null : new ConsistencyToken(writeId, events);
                return Optional.of(new Entry(rs.getString(1), rs.getString(2), recordedVersion, token));
            }
        }
    }

    /** What applying the event did, in the transaction that applied it: the course's version and the token. */
    public void recordOutcome(Connection connection, String house, String crmEventId, long version,
                              ConsistencyToken token) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE crm_events SET version = ?, write_id = ?, write_events = ? WHERE house = ? AND crm_event_id = ?")) {
            update.setLong(1, version);
            update.setObject(2, token.writeId());
            update.setInt(3, token.events());
            update.setString(4, house);
            update.setString(5, crmEventId);
            update.executeUpdate();
        }
    }
}
