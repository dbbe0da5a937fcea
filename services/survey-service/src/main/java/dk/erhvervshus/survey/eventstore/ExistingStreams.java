package dk.erhvervshus.survey.eventstore;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which of many aggregate ids already have a stream, in one query: how a chunk of imported rows is
 * checked for known responses without a round trip per row. The event store itself (append,
 * read, outbox) is platform/event-store.
 */
@ApplicationScoped
public class ExistingStreams {

    /** @return those of {@code aggregateIds} that have a stream */
    public Set<String> existing(Connection connection, Collection<String> aggregateIds) throws SQLException {
        Set<String> existing = new HashSet<>();
        if (aggregateIds.isEmpty()) {
            return existing;
        }
        // The unique (aggregate_id, version) index answers this without touching other rows.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT aggregate_id FROM events WHERE aggregate_id = ANY (?) AND version = 1")) {
            select.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        return existing;
    }
}
