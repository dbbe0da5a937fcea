package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.Validated;
import dk.erhvervshus.validation.Validation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Turns one answer to the user evaluation into {@link SurveyResponseRecorded}, or names every bad
 * field. The JSON endpoints and the CSV import share it, so a row and a request obey the same
 * rules. Reference data and the clock are inputs, so the rules are the same in tests.
 */
public final class SurveyResponseValidator {

    private static final SurveyResponseForm EMPTY = new SurveyResponseForm(null, null, null, null, null, null, null,
            null, null, null, null, null);

    private final KnownHouses houses;
    private final Clock clock;

    public SurveyResponseValidator(Houses houses, Clock clock) {
        this.houses = new KnownHouses(houses);
        this.clock = clock;
    }

    /** A null form (a {@code null} item in a JSON batch) is reported like an empty one. */
    public Validated<SurveyResponseRecorded> validate(SurveyResponseForm form) {
        if (form == null) {
            return validate(EMPTY);
        }
        Validation v = new Validation(clock, DateFormats.SPELLING);
        String responseId = v.requiredId("responseId", form.responseId());
        House house = houses.requireOnboarded(v, "house", form.house());
        String cvr = v.requiredCvr("cvr", form.cvr());
        Integer surveyYear = v.requiredYear("surveyYear", form.surveyYear());
        Segment segment = v.requiredAnswer("segment", form.segment(), AnswerLabels.SEGMENT);
        LocalDate answeredOn = v.requiredDate("answeredOn", form.answeredOn());
        if (surveyYear != null && answeredOn != null) {
            requireAnsweredDuringTheSurvey(v, surveyYear, answeredOn);
        }
        CompetenceSatisfaction satisfaction = v.optionalAnswer("competenceSatisfaction",
                form.competenceSatisfaction(), AnswerLabels.COMPETENCE_SATISFACTION);
        Integer recommendScore = v.optionalInteger("recommendScore", form.recommendScore(), 0, 10);
        ExpectedEffect expectedEffect = v.optionalAnswer("expectedEffect", form.expectedEffect(),
                AnswerLabels.EXPECTED_EFFECT);
        Boolean digitalGuidance = v.optionalAnswer("receivedDigitalGuidance", form.receivedDigitalGuidance(),
                AnswerLabels.YES_NO);
        Boolean receivedReferral = v.optionalAnswer("receivedReferral", form.receivedReferral(), AnswerLabels.YES_NO);
        ReferralUse usedReferral = v.optionalAnswer("usedReferral", form.usedReferral(), AnswerLabels.REFERRAL_USE);
        // Goal 4 divides by those who received a referral: a "used it" from someone who says they
        // got none would be counted nowhere, and most likely means the columns were shifted.
        if (Boolean.FALSE.equals(receivedReferral) && usedReferral != null) {
            v.reject("usedReferral", "usedReferral given although receivedReferral is false");
        }
        return v.result(() -> new SurveyResponseRecorded(responseId, house.id(), cvr, surveyYear, segment, answeredOn,
                satisfaction, recommendScore, expectedEffect, digitalGuidance, receivedReferral, usedReferral));
    }

    /** The survey of year Y is answered during Y, or early in Y+1 by late respondents. */
    private static void requireAnsweredDuringTheSurvey(Validation v, int surveyYear, LocalDate answeredOn) {
        int year = answeredOn.getYear();
        if (year != surveyYear && year != surveyYear + 1) {
            v.reject("answeredOn", "must be in the survey year " + surveyYear + " or the year after, was " + answeredOn);
        }
    }
}
