package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

import java.time.LocalDate;

/**
 * One answer to the user evaluation, as the goals need it. Every answer may be null: the respondent
 * skipped the question, and the goals leave such a response out of that question's denominator.
 */
public record SurveyResponse(
        String responseId,
        String house,
        String cvr,
        int surveyYear,
        Segment segment,
        LocalDate answeredOn,
        CompetenceSatisfaction competenceSatisfaction,
        Integer recommendScore,
        ExpectedEffect expectedEffect,
        Boolean receivedDigitalGuidance,
        Boolean receivedReferral,
        ReferralUse usedReferral) {
}
