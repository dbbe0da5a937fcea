package dk.erhvervshus.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What Erhvervsstyrelsen's feeds would deliver for the demo year, in the shape of survey-service's API. */
public record DemoSurveyData(
        List<Response> responses,
        List<Awareness> awarenessSurveys,
        List<Referral> referrals,
        List<Figures> figures,
        List<Cohort> cohorts) {

    /** One user-evaluation answer; a null field is a question left unanswered. */
    public record Response(String responseId, String cvr, int surveyYear, String segment, LocalDate answeredOn,
                           String competenceSatisfaction, Integer recommendScore, String expectedEffect,
                           Boolean receivedDigitalGuidance, Boolean receivedReferral, String usedReferral) {
    }

    public record Awareness(String surveyId, int year, int respondents, int awareOfHouse, int awareOfGreenServices,
                            LocalDate conductedOn) {
    }

    /** An outbound referral; {@code used} is null while no outcome has been reported. */
    public record Referral(String referralId, String cvr, LocalDate referredOn, String counterpartType,
                           String counterpartName, String municipalityCode, Boolean used, LocalDate reportedOn) {
    }

    public record Figures(String cvr, int year, BigDecimal revenueDkk, BigDecimal fte) {
    }

    public record Cohort(String cohortId, int cohortYear, String segment, List<String> treated, List<String> control) {
    }
}
