package dk.erhvervshus.guidance.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CourseCompletion")
public record CompletionRequest(
        @Schema(required = true, format = "date", description = "ISO date, not before the start and not after today",
                example = "2023-06-30") String completedOn) {
}
