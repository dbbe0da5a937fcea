package dk.erhvervshus.guidance.api;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityStatusReport")
public record ActivityStatusRequest(
        @Schema(required = true, implementation = ActivityStatus.class) String status,
        @Schema(maxLength = 1000, example = "Strategi vedtaget i bestyrelsen") String note,
        @Schema(format = "date", description = "the date the status holds from; today when absent",
                example = "2023-09-14") String changedOn) {
}
