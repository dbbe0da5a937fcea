package dk.erhvervshus.survey.eventstore;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which of many aggregate ids already have a stream, in one query: how a chunk of imported rows is
 * checked for known responseIds without a round trip per row. The event store itself (append,
 * read, outbox) is platform/event-store.
 */
@ApplicationScoped
public class ExistingStreams {

    /**
     * @return for each of {@code aggregateIds} that has a stream, the wire type of its first event,
     * which tells what kind of record the id belongs to
     */
    public Map<String, String> firstEventTypes(Connection connection, Collection<String> aggregateIds)
            throws SQLException {
        Map<String, String> types = new HashMap<>();
        if (aggregateIds.isEmpty()) {
            return types;
        }
        // The unique (aggregate_id, version) index answers this without touching other rows.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT aggregate_id, type FROM events WHERE aggregate_id = ANY (?) AND version = 1")) {
            select.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return types;
    }
}
