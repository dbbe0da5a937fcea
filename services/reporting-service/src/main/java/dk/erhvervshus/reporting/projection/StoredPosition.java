package dk.erhvervshus.reporting.projection;

import java.time.Instant;

/** A partition's row of {@code consumer_positions}: the next offset to read, and the recorded time of the newest event applied from it (null before the first). */
public record StoredPosition(long nextOffset, Instant lastRecordedAt) {
}
