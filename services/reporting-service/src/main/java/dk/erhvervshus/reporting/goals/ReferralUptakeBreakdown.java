package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * Goal 4's detail. {@code responses} answered that they received a referral; {@code byAnswer}
 * splits them by whether they used it (YES, NO, DONT_KNOW, MISSING). {@code outboundReferrals} is
 * the referrals read model's own view, shown beside the goal but not part of it: the goal is
 * measured on the survey.
 */
public record ReferralUptakeBreakdown(
        boolean dontKnowCountsInDenominator,
        long responses,
        List<KeyedCount> byAnswer,
        ReferralOutcomes outboundReferrals,
        ResponsesWithoutGuidance responsesWithoutGuidance) implements GoalBreakdown {

    public ReferralUptakeBreakdown {
        byAnswer = List.copyOf(byAnswer);
    }
}
