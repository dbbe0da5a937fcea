package dk.erhvervshus.guidance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.contracts.ConsistencyToken;
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
        @Schema(description = "Accepted and duplicate results only. " + RequestHeaders.CONSISTENCY_TOKEN_MEANING
                + " A duplicate answers the token of the first application.") String consistencyToken,
        @Schema(description = "only when rejected") Problem problem) {

    static CrmEventResult accepted(String crmEventId, String courseId, Long version, ConsistencyToken token) {
        return new CrmEventResult(crmEventId, "accepted", courseId, version, token.format(), null);
    }

    static CrmEventResult duplicate(String crmEventId, String courseId, Long version, ConsistencyToken token) {
        return new CrmEventResult(crmEventId, "duplicate", courseId, version, token.format(), null);
    }

    static CrmEventResult rejected(String crmEventId, Problem problem) {
        return new CrmEventResult(crmEventId, "rejected", null, null, null, problem);
    }
}
