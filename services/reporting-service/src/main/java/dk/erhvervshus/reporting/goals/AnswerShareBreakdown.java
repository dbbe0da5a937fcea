package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;

import java.util.List;

/**
 * The detail of a share of one answer (goal 3's satisfaction, goals 6 and 7's expected effect).
 * {@code responses} are the responses of Y the goal reads (its segment, or those who received
 * digital guidance), {@code byAnswer} counts each code of the scale and MISSING among them. Goals
 * over both segments show the same share per segment; a segment goal names its {@code segment}.
 */
public record AnswerShareBreakdown(
        Segment segment,
        boolean dontKnowCountsInDenominator,
        long responses,
        List<KeyedCount> byAnswer,
        List<SegmentShare> bySegment,
        ResponsesWithoutGuidance responsesWithoutGuidance) implements GoalBreakdown {

    public AnswerShareBreakdown {
        byAnswer = List.copyOf(byAnswer);
        bySegment = List.copyOf(bySegment);
    }
}
