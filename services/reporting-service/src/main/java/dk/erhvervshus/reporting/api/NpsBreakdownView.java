package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.NpsBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Goal 3's Net Promoter Score of a segment. */
@Schema(description = "Goal 3, Net Promoter Score of a segment (NPS): promoters scored 9-10, passives 7-8, detractors "
        + "0-6; missingScores are responses of the segment without a score, which the score leaves out",
        requiredProperties = {"responses", "promoters", "passives", "detractors", "missingScores",
                "responsesWithoutGuidance"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NpsBreakdownView(
        String segment,
        long responses,
        long promoters,
        long passives,
        long detractors,
        long missingScores,
        ResponsesWithoutGuidanceEntry responsesWithoutGuidance) implements BreakdownView {

    static NpsBreakdownView of(NpsBreakdown b) {
        return new NpsBreakdownView(b.segment() == null ? null : b.segment().name(), b.responses(), b.promoters(),
                b.passives(), b.detractors(), b.missingScores(), ResponsesWithoutGuidanceEntry.of(b.responsesWithoutGuidance()));
    }
}
