package dk.erhvervshus.reporting.operations;

import dk.erhvervshus.reporting.projection.ParkedEventStore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A parked record as the operations API shows it. */
@Schema(name = "ParkedEvent", description = "A record the projection could not apply, and what became of it")
public record ParkedEventEntry(
        @Schema(description = "topic:partition:offset, the id the replay and discard paths take", example = "guidance-events:3:1207")
        String id,
        String topic,
        int partition,
        long offset,
        @Schema(description = "the aggregate id (the record's key when it did not decode)", nullable = true)
        String stream,
        @Schema(description = "the event's version in its stream; null when it did not decode", nullable = true)
        Long version,
        @Schema(description = "the wire name; null when it did not decode", nullable = true)
        String eventType,
        @Schema(description = "MALFORMED (not an event of the contract), REJECTED (the projection or the read model "
                + "refused it), WAITING (an earlier version of its stream is not applied)")
        String reasonKind,
        @Schema(description = "why, in short (\"waiting for version 2\"); never a stack trace")
        String reason,
        @Schema(description = "PARKED, REPLAYED (applied by a replay) or DISCARDED (given up by an operator)")
        String status,
        OffsetDateTime parkedAt,
        @Schema(nullable = true)
        OffsetDateTime resolvedAt,
        @Schema(description = "the operator's reason, kept with a discarded record", nullable = true)
        String discardReason) {

    static ParkedEventEntry of(ParkedEventStore.Listed l) {
        return new ParkedEventEntry(l.id().toString(), l.id().topic(), l.id().partition(), l.id().offset(), l.stream(),
                l.version(), l.eventType(), l.reasonKind().name(), l.reason(), l.status(), l.parkedAt(), l.resolvedAt(),
                l.discardReason());
    }
}
