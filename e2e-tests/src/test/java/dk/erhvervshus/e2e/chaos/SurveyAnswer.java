package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

import java.time.LocalDate;

/** One answer to Erhvervsstyrelsen's user evaluation; a null answer is a skipped question. */
record SurveyAnswer(String responseId, String cvr, int surveyYear, Segment segment, LocalDate answeredOn,
                    CompetenceSatisfaction competenceSatisfaction, Integer recommendScore, ExpectedEffect expectedEffect,
                    Boolean receivedDigitalGuidance, Boolean receivedReferral, ReferralUse usedReferral) {

    String aggregateId() {
        return "response:" + Course.HOUSE + ":" + responseId;
    }
}
