package dk.erhvervshus.eventstore.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutboxRetryAnswer", description = "A dead letter handed back to the relay")
public record RetryAnswer(long position, @Schema(example = "queued") String status) {
}
