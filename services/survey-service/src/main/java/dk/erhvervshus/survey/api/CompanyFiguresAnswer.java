package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.problems.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to a delivery of register figures: counts, then one result per item in request order. */
@Schema(name = "CompanyFiguresAnswer")
public record CompanyFiguresAnswer(Summary summary, List<Result> results) {

    @Schema(name = "CompanyFiguresSummary", description = "rows = accepted + unchanged + rejected")
    public record Summary(int rows, int accepted, int unchanged, int rejected) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CompanyFiguresResult")
    public record Result(
            @Schema(description = "the item's position in the array, 1 for the first") int row,
            @Schema(description = "when not rejected") String cvr,
            @Schema(description = "when not rejected") Integer year,
            @Schema(enumeration = {"accepted", "unchanged", "rejected"},
                    description = "accepted: first or corrected figures, stored; unchanged: equal to the latest "
                            + "report, nothing stored") String status,
            @Schema(description = "the company-year's version after this delivery; when not rejected") Long version,
            @Schema(description = "Items not rejected only (each item is a write of its own). "
                    + RequestHeaders.CONSISTENCY_TOKEN_MEANING) String consistencyToken,
            @Schema(description = "only when rejected; field names are relative to the item") Problem problem) {
    }

    static CompanyFiguresAnswer of(List<Result> results) {
        int accepted = count(results, "accepted");
        int unchanged = count(results, "unchanged");
        return new CompanyFiguresAnswer(new Summary(results.size(), accepted, unchanged,
                results.size() - accepted - unchanged), results);
    }

    private static int count(List<Result> results, String status) {
        return (int) results.stream().filter(result -> result.status().equals(status)).count();
    }
}
