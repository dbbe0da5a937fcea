package dk.erhvervshus.guidance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.problems.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one CRM event, in the order of the request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CrmEventResult")
public record CrmEventResult(
        String crmEventId,
        @Schema(enumeration = {"accepted", "duplicate", "rejected"}) String status,
        @Schema(description = "the course the event concerned (accepted and duplicate)") String courseId,
        @Schema(description = "the course's version after the event was first applied") Long version,
        @Schema(description = "only when rejected") Problem problem) {

    static CrmEventResult accepted(String crmEventId, String courseId, Long version) {
        return new CrmEventResult(crmEventId, "accepted", courseId, version, null);
    }

    static CrmEventResult duplicate(String crmEventId, String courseId, Long version) {
        return new CrmEventResult(crmEventId, "duplicate", courseId, version, null);
    }

    static CrmEventResult rejected(String crmEventId, Problem problem) {
        return new CrmEventResult(crmEventId, "rejected", null, null, problem);
    }
}
