package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code activity_status_history}; (house, year, activityId, version) identifies it, so a replay inserts nothing. */
public record ActivityStatusRow(
        String house,
        int year,
        String activityId,
        long version,
        LocalDate changedOn,
        ActivityStatus status,
        String note,
        UUID eventId,
        Instant recordedAt) implements FactRow {
}
