package dk.erhvervshus.reporting.view;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The values of a native query's rows as Java time: the driver may hand a timestamptz over in any of three shapes. */
final class NativeValues {

    private NativeValues() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Timestamp at) {
            return at.toInstant();
        }
        return (Instant) value;
    }
}
