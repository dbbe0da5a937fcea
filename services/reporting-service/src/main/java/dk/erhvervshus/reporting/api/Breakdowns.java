package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The detail of one goal; only the fields that fit the goal are present (README.md lists them per
 * goal). Shares and growths are in percent units, rounded to one decimal.
 * <ul>
 *   <li>goal 11 counts: byMunicipality, byCategory, byTheme, byMonth</li>
 *   <li>goal 2: guidedCompanies, companiesOutsideMunicipalities, municipalities, municipalityGroups, ruralUrban</li>
 *   <li>goal 1 (new companies): guidedCompanies, evaluatedCompanies, newCompanies, returningCompanies</li>
 *   <li>goal 5 (wheel): coursesInYear, wheelUsedCourses, greenTransitionCourses, greenTransitionCoursesWithWheel,
 *       greenTransitionWheelShare, selfHelpActivity</li>
 *   <li>goals 1 and 5 (awareness): surveyId, conductedOn, respondents, awareOfHouse, awareOfGreenServices, surveysInYear</li>
 *   <li>goal 3 (satisfaction): segment, dontKnowCountsInDenominator, responses, byAnswer, responsesWithoutGuidance</li>
 *   <li>goal 3 (NPS): segment, responses, promoters, passives, detractors, missingScores, responsesWithoutGuidance</li>
 *   <li>goal 4: dontKnowCountsInDenominator, responses, byAnswer, outboundReferrals, responsesWithoutGuidance</li>
 *   <li>goals 6 (expected effect) and 7: dontKnowCountsInDenominator, responses, byAnswer, bySegment,
 *       responsesWithoutGuidance</li>
 *   <li>goal 6 (cohorts): segment, measure, cohortIds, baseYear, endYear, treatedUsed, treatedLeftOut,
 *       controlUsed, controlLeftOut, treatedGrowthPercent, controlGrowthPercent</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakdowns(
        List<CountEntry> byMunicipality,
        List<CountEntry> byCategory,
        List<CountEntry> byTheme,
        List<CountEntry> byMonth,
        Long guidedCompanies,
        Long companiesOutsideMunicipalities,
        List<MunicipalitySpreadEntry> municipalities,
        List<GroupEntry> municipalityGroups,
        List<GroupEntry> ruralUrban,
        Long evaluatedCompanies,
        Long newCompanies,
        Long returningCompanies,
        Long coursesInYear,
        Long wheelUsedCourses,
        Long greenTransitionCourses,
        Long greenTransitionCoursesWithWheel,
        BigDecimal greenTransitionWheelShare,
        ActivityEntry selfHelpActivity,
        String surveyId,
        LocalDate conductedOn,
        Long respondents,
        Long awareOfHouse,
        Long awareOfGreenServices,
        Long surveysInYear,
        String segment,
        Boolean dontKnowCountsInDenominator,
        Long responses,
        List<CountEntry> byAnswer,
        List<SegmentShareEntry> bySegment,
        Long promoters,
        Long passives,
        Long detractors,
        Long missingScores,
        ReferralOutcomesEntry outboundReferrals,
        ResponsesWithoutGuidanceEntry responsesWithoutGuidance,
        String measure,
        List<String> cohortIds,
        Integer baseYear,
        Integer endYear,
        Long treatedUsed,
        Long treatedLeftOut,
        Long controlUsed,
        Long controlLeftOut,
        BigDecimal treatedGrowthPercent,
        BigDecimal controlGrowthPercent) {

    static Builder builder() {
        return new Builder();
    }

    /** Sets only the fields that fit a goal; every other field stays null and is left out of the JSON. */
    static final class Builder {

        private List<CountEntry> byMunicipality;
        private List<CountEntry> byCategory;
        private List<CountEntry> byTheme;
        private List<CountEntry> byMonth;
        private Long guidedCompanies;
        private Long companiesOutsideMunicipalities;
        private List<MunicipalitySpreadEntry> municipalities;
        private List<GroupEntry> municipalityGroups;
        private List<GroupEntry> ruralUrban;
        private Long evaluatedCompanies;
        private Long newCompanies;
        private Long returningCompanies;
        private Long coursesInYear;
        private Long wheelUsedCourses;
        private Long greenTransitionCourses;
        private Long greenTransitionCoursesWithWheel;
        private BigDecimal greenTransitionWheelShare;
        private ActivityEntry selfHelpActivity;
        private String surveyId;
        private LocalDate conductedOn;
        private Long respondents;
        private Long awareOfHouse;
        private Long awareOfGreenServices;
        private Long surveysInYear;
        private String segment;
        private Boolean dontKnowCountsInDenominator;
        private Long responses;
        private List<CountEntry> byAnswer;
        private List<SegmentShareEntry> bySegment;
        private Long promoters;
        private Long passives;
        private Long detractors;
        private Long missingScores;
        private ReferralOutcomesEntry outboundReferrals;
        private ResponsesWithoutGuidanceEntry responsesWithoutGuidance;
        private String measure;
        private List<String> cohortIds;
        private Integer baseYear;
        private Integer endYear;
        private Long treatedUsed;
        private Long treatedLeftOut;
        private Long controlUsed;
        private Long controlLeftOut;
        private BigDecimal treatedGrowthPercent;
        private BigDecimal controlGrowthPercent;

        private Builder() {
        }

        Builder byMunicipality(List<CountEntry> value) {
            this.byMunicipality = value;
            return this;
        }

        Builder byCategory(List<CountEntry> value) {
            this.byCategory = value;
            return this;
        }

        Builder byTheme(List<CountEntry> value) {
            this.byTheme = value;
            return this;
        }

        Builder byMonth(List<CountEntry> value) {
            this.byMonth = value;
            return this;
        }

        Builder guidedCompanies(Long value) {
            this.guidedCompanies = value;
            return this;
        }

        Builder companiesOutsideMunicipalities(Long value) {
            this.companiesOutsideMunicipalities = value;
            return this;
        }

        Builder municipalities(List<MunicipalitySpreadEntry> value) {
            this.municipalities = value;
            return this;
        }

        Builder municipalityGroups(List<GroupEntry> value) {
            this.municipalityGroups = value;
            return this;
        }

        Builder ruralUrban(List<GroupEntry> value) {
            this.ruralUrban = value;
            return this;
        }

        Builder evaluatedCompanies(Long value) {
            this.evaluatedCompanies = value;
            return this;
        }

        Builder newCompanies(Long value) {
            this.newCompanies = value;
            return this;
        }

        Builder returningCompanies(Long value) {
            this.returningCompanies = value;
            return this;
        }

        Builder coursesInYear(Long value) {
            this.coursesInYear = value;
            return this;
        }

        Builder wheelUsedCourses(Long value) {
            this.wheelUsedCourses = value;
            return this;
        }

        Builder greenTransitionCourses(Long value) {
            this.greenTransitionCourses = value;
            return this;
        }

        Builder greenTransitionCoursesWithWheel(Long value) {
            this.greenTransitionCoursesWithWheel = value;
            return this;
        }

        Builder greenTransitionWheelShare(BigDecimal value) {
            this.greenTransitionWheelShare = value;
            return this;
        }

        Builder selfHelpActivity(ActivityEntry value) {
            this.selfHelpActivity = value;
            return this;
        }

        Builder surveyId(String value) {
            this.surveyId = value;
            return this;
        }

        Builder conductedOn(LocalDate value) {
            this.conductedOn = value;
            return this;
        }

        Builder respondents(Long value) {
            this.respondents = value;
            return this;
        }

        Builder awareOfHouse(Long value) {
            this.awareOfHouse = value;
            return this;
        }

        Builder awareOfGreenServices(Long value) {
            this.awareOfGreenServices = value;
            return this;
        }

        Builder surveysInYear(Long value) {
            this.surveysInYear = value;
            return this;
        }

        Builder segment(String value) {
            this.segment = value;
            return this;
        }

        Builder dontKnowCountsInDenominator(Boolean value) {
            this.dontKnowCountsInDenominator = value;
            return this;
        }

        Builder responses(Long value) {
            this.responses = value;
            return this;
        }

        Builder byAnswer(List<CountEntry> value) {
            this.byAnswer = value;
            return this;
        }

        Builder bySegment(List<SegmentShareEntry> value) {
            this.bySegment = value;
            return this;
        }

        Builder promoters(Long value) {
            this.promoters = value;
            return this;
        }

        Builder passives(Long value) {
            this.passives = value;
            return this;
        }

        Builder detractors(Long value) {
            this.detractors = value;
            return this;
        }

        Builder missingScores(Long value) {
            this.missingScores = value;
            return this;
        }

        Builder outboundReferrals(ReferralOutcomesEntry value) {
            this.outboundReferrals = value;
            return this;
        }

        Builder responsesWithoutGuidance(ResponsesWithoutGuidanceEntry value) {
            this.responsesWithoutGuidance = value;
            return this;
        }

        Builder measure(String value) {
            this.measure = value;
            return this;
        }

        Builder cohortIds(List<String> value) {
            this.cohortIds = value;
            return this;
        }

        Builder baseYear(Integer value) {
            this.baseYear = value;
            return this;
        }

        Builder endYear(Integer value) {
            this.endYear = value;
            return this;
        }

        Builder treatedUsed(Long value) {
            this.treatedUsed = value;
            return this;
        }

        Builder treatedLeftOut(Long value) {
            this.treatedLeftOut = value;
            return this;
        }

        Builder controlUsed(Long value) {
            this.controlUsed = value;
            return this;
        }

        Builder controlLeftOut(Long value) {
            this.controlLeftOut = value;
            return this;
        }

        Builder treatedGrowthPercent(BigDecimal value) {
            this.treatedGrowthPercent = value;
            return this;
        }

        Builder controlGrowthPercent(BigDecimal value) {
            this.controlGrowthPercent = value;
            return this;
        }

        Breakdowns build() {
            return new Breakdowns(byMunicipality, byCategory, byTheme, byMonth, guidedCompanies, companiesOutsideMunicipalities, municipalities, municipalityGroups, ruralUrban, evaluatedCompanies, newCompanies, returningCompanies, coursesInYear, wheelUsedCourses, greenTransitionCourses, greenTransitionCoursesWithWheel, greenTransitionWheelShare, selfHelpActivity, surveyId, conductedOn, respondents, awareOfHouse, awareOfGreenServices, surveysInYear, segment, dontKnowCountsInDenominator, responses, byAnswer, bySegment, promoters, passives, detractors, missingScores, outboundReferrals, responsesWithoutGuidance, measure, cohortIds, baseYear, endYear, treatedUsed, treatedLeftOut, controlUsed, controlLeftOut, treatedGrowthPercent, controlGrowthPercent);
        }
    }
}
