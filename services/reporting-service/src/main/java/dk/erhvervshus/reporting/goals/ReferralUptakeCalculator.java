package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/**
 * G4-REFERRAL-UPTAKE, measured on the survey as the contract does: of the responses of Y that
 * received a referral, the share that used it (YES). With {@code dontKnowCountsInDenominator}
 * (the 2023 catalogue) every such respondent is in the denominator, including DONT_KNOW and a
 * missing answer; without it only YES and NO are. The house's own referrals read model is shown
 * beside it: its outbound referrals of Y by the outcome reported by asOf.
 */
public final class ReferralUptakeCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        boolean dontKnowCounts = SurveyParameters.dontKnowCountsInDenominator(goal);
        List<SurveyResponse> referred = facts.survey().responsesOfYear().stream()
                .filter(r -> Boolean.TRUE.equals(r.receivedReferral()))
                .toList();
        AnswerTally<ReferralUse> tally = AnswerTally.of(ReferralUse.class, referred, SurveyResponse::usedReferral);
        long used = tally.count(ReferralUse.YES);
        long denominator = dontKnowCounts ? referred.size() : used + tally.count(ReferralUse.NO);
        return Measurement.share(used, denominator, Accrual.SHARE)
                .withBreakdown(new ReferralUptakeBreakdown(dontKnowCounts, referred.size(), tally.byAnswer(),
                        outboundReferrals(facts), ResponsesWithoutGuidance.among(referred, facts)));
    }

    private static ReferralOutcomes outboundReferrals(GoalFacts facts) {
        List<Referral> outbound = facts.survey().referralsOfYear().stream()
                .filter(r -> r.direction() == ReferralDirection.OUTBOUND)
                .toList();
        return ReferralOutcomes.of(outbound, facts.period().asOf());
    }
}
