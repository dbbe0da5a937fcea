package dk.erhvervshus.eventstore.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OutboxDeadLetters", description = "The outbox's dead letters, oldest first")
public record DeadLetterList(
        @Schema(description = "How many there are (the list shows at most 500)") long total,
        List<DeadLetterView> deadLetters) {
}
