package dk.erhvervshus.eventstore.operations;

import dk.erhvervshus.eventstore.DeadLetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "OutboxDeadLetter", description = "An event the broker refused for good, kept unpublished in its place")
public record DeadLetterView(
        @Schema(description = "Its outbox position (the event's position); retry names it") long position,
        @Schema(example = "survey-events") String topic,
        @Schema(description = "The stream (aggregate id, the Kafka key)", example = "cohort:nordjylland:C-2021-1")
        String aggregateId,
        @Schema(description = "Size of the message value in bytes") int sizeBytes,
        @Schema(description = "When the event was stored") Instant createdAt,
        @Schema(description = "When the broker refused it") Instant deadLetteredAt,
        @Schema(description = "Kafka's reason", example = "RecordTooLargeException: The request included a message "
                + "larger than the max message size the server will accept.") String reason,
        @Schema(description = "Later events of the same stream waiting behind it") long waiting) {

    static DeadLetterView of(DeadLetter deadLetter) {
        return new DeadLetterView(deadLetter.position(), deadLetter.topic(), deadLetter.key(), deadLetter.sizeBytes(),
                deadLetter.createdAt(), deadLetter.deadLetteredAt(), deadLetter.reason(), deadLetter.waiting());
    }
}
