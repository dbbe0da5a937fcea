package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

import java.time.LocalDate;

/** A row of {@code survey_responses}: one response in full, with the version of the event that wrote it. */
public record SurveyResponseRow(
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
        ReferralUse usedReferral,
        long version) implements FactRow {
}
