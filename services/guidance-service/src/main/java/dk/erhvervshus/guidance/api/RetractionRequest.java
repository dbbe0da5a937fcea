package dk.erhvervshus.guidance.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CourseRetraction")
public record RetractionRequest(
        @Schema(required = true, maxLength = 500, example = "registered in error") String reason) {
}
