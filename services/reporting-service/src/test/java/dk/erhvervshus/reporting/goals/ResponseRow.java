package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

import java.time.LocalDate;

/**
 * Builds survey responses for the hand-computed tables of the calculator tests. By default a
 * response is of Nordjylland's 2023 survey, GROWTH, answered on 2023-05-01, with every answer
 * missing, and from a company of its own ("cvr-" + id) that no course names.
 */
final class ResponseRow {

    private final String responseId;
    private String house = "nordjylland";
    private String cvr;
    private int surveyYear = 2023;
    private Segment segment = Segment.GROWTH;
    private LocalDate answeredOn = LocalDate.of(2023, 5, 1);
    private CompetenceSatisfaction satisfaction;
    private Integer score;
    private ExpectedEffect effect;
    private Boolean digital;
    private Boolean referral;
    private ReferralUse used;

    private ResponseRow(String responseId) {
        this.responseId = responseId;
        this.cvr = "cvr-" + responseId;
    }

    static ResponseRow response(String responseId) {
        return new ResponseRow(responseId);
    }

    ResponseRow cvr(String value) {
        this.cvr = value;
        return this;
    }

    ResponseRow house(String value) {
        this.house = value;
        return this;
    }

    ResponseRow surveyYear(int value) {
        this.surveyYear = value;
        return this;
    }

    ResponseRow operation() {
        this.segment = Segment.OPERATION;
        return this;
    }

    ResponseRow answeredOn(String isoDate) {
        this.answeredOn = LocalDate.parse(isoDate);
        return this;
    }

    ResponseRow satisfaction(CompetenceSatisfaction value) {
        this.satisfaction = value;
        return this;
    }

    ResponseRow score(Integer value) {
        this.score = value;
        return this;
    }

    ResponseRow effect(ExpectedEffect value) {
        this.effect = value;
        return this;
    }

    ResponseRow digital(Boolean value) {
        this.digital = value;
        return this;
    }

    ResponseRow referred(Boolean received, ReferralUse value) {
        this.referral = received;
        this.used = value;
        return this;
    }

    SurveyResponse build() {
        return new SurveyResponse(responseId, house, cvr, surveyYear, segment, answeredOn, satisfaction, score, effect,
                digital, referral, used);
    }
}
