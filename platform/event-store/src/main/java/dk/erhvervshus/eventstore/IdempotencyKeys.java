package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.ConsistencyToken;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers given to write requests that carried an {@code Idempotency-Key}. The key is claimed first
 * in the writing transaction: a concurrent repeat waits on the claim and then sees the committed
 * answer, and a failed write rolls its claim back with everything else. The fingerprint (a digest
 * of the request as sent) tells a repeat from a key reused for a different request.
 *
 * <p>A key is only ever compared within its {@link Scope}: the house the request writes to and the
 * client (the authenticated subject) that sent it. Two houses, or two clients, that happen to choose
 * the same key never see each other's answers.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /**
     * @param house  the house the request writes to
     * @param client the subject of the authenticated caller
     */
    public record Scope(String house, String client) {
    }

    /**
     * @param aggregateId the aggregate the first request wrote to
     * @param version     its version after that write; null until {@link #recordOutcome} ran
     * @param token       the first request's consistency token, which a repeat answers again (its
     *                    events carry its writeId); null for a key claimed before tokens existed
     */
    public record Claim(String fingerprint, String aggregateId, Long version, ConsistencyToken token) {
    }

    /** True when this transaction now owns the key; false when it was already used in this scope. */
    public boolean claim(Connection connection, Scope scope, String key, String fingerprint, String aggregateId,
                         Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_keys (house, client, idempotency_key, request_fingerprint, aggregate_id,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (house, client, idempotency_key) DO NOTHING")) {
            insert.setString(1, scope.house());
            insert.setString(2, scope.client());
            insert.setString(3, key);
            insert.setString(4, fingerprint);
            insert.setString(5, aggregateId);
            SqlTime.set(insert, 6, now);
            return insert.executeUpdate() == 1;
        }
    }

    public Optional<Claim> find(Connection connection, Scope scope, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request_fingerprint, aggregate_id, version, write_id, write_events FROM idempotency_keys"
                        + " WHERE house = ? AND client = ? AND idempotency_key = ?")) {
            select.setString(1, scope.house());
            select.setString(2, scope.client());
            select.setString(3, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(3);
                Long recordedVersion = rs.wasNull() ? null : version;
                UUID writeId = rs.getObject(4, UUID.class);
                int events = rs.getInt(5);
                ConsistencyToken token = writeId == null || rs.wasNull() ? null : new ConsistencyToken(writeId, events);
                return Optional.of(new Claim(rs.getString(1), rs.getString(2), recordedVersion, token));
            }
        }
    }

    /** What the claiming write did, in its own transaction: the version it reached and its token. */
    public void recordOutcome(Connection connection, Scope scope, String key, long version, ConsistencyToken token)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE idempotency_keys SET version = ?, write_id = ?, write_events = ?"
                        + " WHERE house = ? AND client = ? AND idempotency_key = ?")) {
            update.setLong(1, version);
            update.setObject(2, token.writeId());
            update.setInt(3, token.events());
            update.setString(4, scope.house());
            update.setString(5, scope.client());
            update.setString(6, key);
            update.executeUpdate();
        }
    }
}
