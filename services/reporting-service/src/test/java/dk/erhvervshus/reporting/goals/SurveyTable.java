package dk.erhvervshus.reporting.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows of a hand-computed table for the survey goals, turned into Nordjylland's 2023 facts as of a date. */
final class SurveyTable {

    private final List<CourseRow> courses = new ArrayList<>();
    private final List<SurveyResponse> responses = new ArrayList<>();
    private final List<AwarenessSurvey> awarenessSurveys = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<EffectCohort> cohorts = new ArrayList<>();
    private final List<CompanyFigures> figures = new ArrayList<>();

    private SurveyTable() {
    }

    static SurveyTable survey() {
        return new SurveyTable();
    }

    SurveyTable courses(CourseRow... rows) {
        courses.addAll(Arrays.asList(rows));
        return this;
    }

    SurveyTable responses(ResponseRow... rows) {
        Arrays.stream(rows).map(ResponseRow::build).forEach(responses::add);
        return this;
    }

    SurveyTable responses(List<ResponseRow> rows) {
        rows.stream().map(ResponseRow::build).forEach(responses::add);
        return this;
    }

    SurveyTable awareness(AwarenessSurvey... rows) {
        awarenessSurveys.addAll(Arrays.asList(rows));
        return this;
    }

    SurveyTable referrals(Referral... rows) {
        referrals.addAll(Arrays.asList(rows));
        return this;
    }

    SurveyTable cohorts(EffectCohort... rows) {
        cohorts.addAll(Arrays.asList(rows));
        return this;
    }

    SurveyTable figures(CompanyFigures... rows) {
        figures.addAll(Arrays.asList(rows));
        return this;
    }

    CompanyFigures[] figuresOnly() {
        return figures.toArray(new CompanyFigures[0]);
    }

    GoalFacts asOf(String isoDate) {
        ContractPeriod period = new ContractPeriod(2023, LocalDate.parse(isoDate));
        return GoalFacts.of(Nordjylland.HOUSE, period, courses.stream().map(CourseRow::build).toList(), List.of(),
                SurveyFacts.of(Nordjylland.HOUSE, period, responses, awarenessSurveys, referrals, cohorts, figures));
    }
}
