package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

import java.time.LocalDate;

/**
 * One company's answers in the user evaluation. Every answer may be missing (null): a respondent
 * can skip a question, and the goals leave missing answers out of their denominators.
 *
 * @param recommendScore the NPS question, 0..10
 */
public record SurveyResponseRecorded(
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
        ReferralUse usedReferral) implements SurveyResponseEvent {
}
