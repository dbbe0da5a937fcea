package dk.erhvervshus.guidance.api;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityStatus")
public record ActivityStatusResponse(
        String house,
        int year,
        String activityId,
        ActivityStatus status,
        @Schema(description = "number of status changes recorded for the activity") long version) {
}
