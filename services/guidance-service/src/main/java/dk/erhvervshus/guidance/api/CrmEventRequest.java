package dk.erhvervshus.guidance.api;

import dk.erhvervshus.guidance.application.CrmChange;
import dk.erhvervshus.guidance.application.CrmChangeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CrmEvent")
public record CrmEventRequest(
        @Schema(required = true, description = "the CRM's id of this change; the deduplication key", example = "sf-000017")
        String crmEventId,
        @Schema(required = true, implementation = CrmChangeType.class) String type,
        @Schema(format = "date-time", description = "when it happened in the CRM; defaults to the time of receipt",
                example = "2023-02-01T09:00:00Z") String occurredAt,
        @Schema(required = true) CrmCourseRequest course) {

    CrmChange toChange() {
        return new CrmChange(crmEventId, type, occurredAt, course == null ? null : course.toForm(),
                course == null ? null : course.completedOn(), course == null ? null : course.reason());
    }
}
