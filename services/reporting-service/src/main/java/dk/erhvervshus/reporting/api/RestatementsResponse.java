package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET .../goals/restatements}: every goal whose value or status as of {@code asOf} differs
 * between what was known at {@code from} and at {@code to}, with both versions and the events
 * recorded in between that made the facts it reads.
 */
public record RestatementsResponse(
        String house,
        int year,
        LocalDate asOf,
        @Schema(description = "the earlier knowledge compared: events recorded at or before it") Instant from,
        @Schema(description = "the later knowledge compared: events recorded at or before it") Instant to,
        Instant computedAt,
        @Schema(description = "the goals that differ, in contract order; empty when nothing changed") List<RestatedGoal> goals) {

    /** One goal that was restated: as known at from, as known at to, and why. */
    public record RestatedGoal(
            String id,
            int contractGoal,
            String title,
            @Schema(description = "the goal as known at from") GoalSummary before,
            @Schema(description = "the goal as known at to") GoalSummary after,
            @Schema(description = "the events recorded after from and up to to that made a fact this goal reads, "
                    + "for this house and year, in recorded order") List<CausingEvent> events) {
    }

    /** An event that changed a fact the goal reads. */
    public record CausingEvent(
            @Schema(description = "the event's id (the envelope's eventId)") String eventId,
            @Schema(description = "its wire type, e.g. survey.response-recorded.v1") String type,
            @Schema(description = "its stream (the envelope's aggregateId)") String aggregateId,
            @Schema(description = "when the producing service recorded it") Instant recordedAt,
            @Schema(description = "the id of the fact it made: the course, survey answer, awareness survey, referral, "
                    + "cohort or activity id; cvr:year for register figures") String factId) {
    }
}
