package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.AnswerShareBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A share of one survey answer: goal 3's satisfaction, goals 6 and 7's expected effect. */
@Schema(description = "Goals measured as a share of one survey answer: goal 3 satisfaction (SATISFACTION_SHARE), goals 6 "
        + "and 7 expected effect (EXPECTED_EFFECT_SHARE, DIGITAL_EFFECT_SHARE). responses are those the goal reads, "
        + "byAnswer counts each code and MISSING among them; segment names a segment goal's segment, bySegment appears "
        + "for goals over both segments",
        requiredProperties = {"dontKnowCountsInDenominator", "responses", "byAnswer", "responsesWithoutGuidance"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerShareBreakdownView(
        String segment,
        boolean dontKnowCountsInDenominator,
        long responses,
        List<CountEntry> byAnswer,
        List<SegmentShareEntry> bySegment,
        ResponsesWithoutGuidanceEntry responsesWithoutGuidance) implements BreakdownView {

    static AnswerShareBreakdownView of(AnswerShareBreakdown b) {
        return new AnswerShareBreakdownView(b.segment() == null ? null : b.segment().name(),
                b.dontKnowCountsInDenominator(), b.responses(), CountEntry.ofAll(b.byAnswer()),
                b.bySegment().isEmpty() ? null : b.bySegment().stream().map(SegmentShareEntry::of).toList(),
                ResponsesWithoutGuidanceEntry.of(b.responsesWithoutGuidance()));
    }
}
