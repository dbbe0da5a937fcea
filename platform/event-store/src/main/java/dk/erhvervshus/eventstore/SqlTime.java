package dk.erhvervshus.eventstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as TIMESTAMPTZ via OffsetDateTime: JDBC 4.2's unambiguous mapping, unlike java.sql.Timestamp. */
public final class SqlTime {

    private SqlTime() {
    }

    public static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The instant of a TIMESTAMPTZ column; null for SQL NULL. */
    public static Instant get(ResultSet rs, int index) throws SQLException {
        OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
