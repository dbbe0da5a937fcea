package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.problems.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to a JSON batch of survey responses: counts, then one result per item in request order. */
@Schema(name = "SurveyResponseBatchAnswer")
public record SurveyResponseBatchAnswer(Summary summary, List<Result> results) {

    @Schema(name = "SurveyResponseBatchSummary", description = "rows = accepted + duplicates + rejected")
    public record Summary(int rows, int accepted, int duplicates, int rejected) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SurveyResponseBatchResult")
    public record Result(
            @Schema(description = "the item's position in the array, 1 for the first (as rows of the CSV import)")
            int row,
            @Schema(description = "as sent, when it was a text") String responseId,
            @Schema(enumeration = {"accepted", "duplicate", "rejected"}) String status,
            @Schema(description = "Accepted and duplicate items only (each item is a write of its own). "
                    + RequestHeaders.CONSISTENCY_TOKEN_MEANING) String consistencyToken,
            @Schema(description = "only when rejected; field names are relative to the item") Problem problem) {
    }

    static SurveyResponseBatchAnswer of(List<Result> results) {
        int accepted = count(results, "accepted");
        int duplicates = count(results, "duplicate");
        return new SurveyResponseBatchAnswer(new Summary(results.size(), accepted, duplicates,
                results.size() - accepted - duplicates), results);
    }

    private static int count(List<Result> results, String status) {
        return (int) results.stream().filter(result -> result.status().equals(status)).count();
    }
}
