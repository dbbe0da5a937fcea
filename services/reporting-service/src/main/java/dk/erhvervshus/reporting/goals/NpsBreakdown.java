package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;

/**
 * Goal 3's Net Promoter Score of a segment: promoters scored 9–10, passives 7–8, detractors 0–6;
 * {@code missingScores} are responses of the segment without a score, which the score leaves out.
 */
public record NpsBreakdown(
        Segment segment,
        long responses,
        long promoters,
        long passives,
        long detractors,
        long missingScores,
        ResponsesWithoutGuidance responsesWithoutGuidance) implements GoalBreakdown {
}
