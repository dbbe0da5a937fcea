package dk.erhvervshus.reporting.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an operator gives a parked record up; kept with it. */
@Schema(name = "DiscardRequest")
public record DiscardRequest(
        @Schema(description = "why the record is given up (1 to 500 characters), kept with it", required = true,
                example = "registered twice in the CRM; the course exists as course-8a2d")
        String reason) {
}
