package dk.erhvervshus.reporting.view;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.goals.ActivityStatusChange;
import dk.erhvervshus.reporting.goals.AwarenessSurvey;
import dk.erhvervshus.reporting.goals.CohortGrowthDifferenceCalculator;
import dk.erhvervshus.reporting.goals.CompanyFigures;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.EffectCohort;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.Referral;
import dk.erhvervshus.reporting.goals.SurveyFacts;
import dk.erhvervshus.reporting.goals.SurveyResponse;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the rows the goals of a house and year need: courses started from January 1st of the year
 * before (goal 1 looks back one year, the survey goals' data check too) up to the last counting
 * day, the activity reports up to asOf, the responses and awareness surveys of the year up to
 * asOf, the referrals made in the year up to asOf, the effect cohorts of the years the catalogue's
 * goal 6 reads, and their companies' figures of the cohort years and the year. {@link GoalFacts#of}
 * and {@link SurveyFacts#of} apply the counting rules themselves; the queries only narrow.
 * One reactive session runs the queries one after another.
 */
@ApplicationScoped
public class GoalFactsQuery {

    @WithSession
    public Uni<GoalFacts> factsFor(House house, GoalCatalogue catalogue, ContractPeriod period) {
        LocalDate firstStart = LocalDate.of(period.year() - 1, 1, 1);
        return CourseView.countableCourses(house.id(), firstStart, period.lastCountingDay())
                .flatMap(courses -> ActivityStatusView.reportedBy(house.id(), period.year(), period.asOf())
                        .flatMap(reports -> surveyFacts(house, catalogue, period)
                                .map(survey -> GoalFacts.of(house, period,
                                        courses.stream().map(GoalFactsQuery::toCourse).toList(),
                                        reports.stream().map(GoalFactsQuery::toChange).toList(),
                                        survey))));
    }

    private static Uni<SurveyFacts> surveyFacts(House house, GoalCatalogue catalogue, ContractPeriod period) {
        int year = period.year();
        Set<Integer> cohortYears = CohortGrowthDifferenceCalculator.cohortYears(catalogue.goals(), year);
        return SurveyResponseView.ofYear(house.id(), year, period.asOf())
                .flatMap(responses -> AwarenessSurveyView.ofYear(house.id(), year, period.asOf())
                        .flatMap(surveys -> ReferralView.madeBetween(house.id(), period.firstDay(), period.lastCountingDay())
                                .flatMap(referrals -> cohorts(house, cohortYears)
                                        .flatMap(cohorts -> figures(cohorts, cohortYears, year)
                                                .map(figures -> SurveyFacts.of(house, period,
                                                        map(responses, GoalFactsQuery::toResponse),
                                                        map(surveys, GoalFactsQuery::toSurvey),
                                                        map(referrals, GoalFactsQuery::toReferral),
                                                        cohorts,
                                                        map(figures, GoalFactsQuery::toFigures)))))));
    }

    private static Uni<List<EffectCohort>> cohorts(House house, Set<Integer> cohortYears) {
        if (cohortYears.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return EffectCohortView.ofYears(house.id(), cohortYears).map(rows -> map(rows, GoalFactsQuery::toCohort));
    }

    /** The figures of the cohorts' companies for the base years and the year (a cohort holds hundreds, not tens of thousands). */
    private static Uni<List<CompanyFiguresView>> figures(List<EffectCohort> cohorts, Set<Integer> cohortYears, int year) {
        Set<String> cvrs = new TreeSet<>();
        cohorts.forEach(c -> {
            cvrs.addAll(c.treated());
            cvrs.addAll(c.control());
        });
        if (cvrs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Integer> years = new TreeSet<>(cohortYears);
        years.add(year);
        return CompanyFiguresView.of(cvrs, years);
    }

    private static <R, T> List<T> map(List<R> rows, Function<R, T> mapper) {
        return rows.stream().map(mapper).toList();
    }

    private static GuidedCourse toCourse(CourseView row) {
        return new GuidedCourse(
                row.courseId,
                row.house,
                row.cvr,
                row.municipalityCode,
                GuidanceCategory.valueOf(row.category),
                Arrays.stream(row.themes == null ? new String[0] : row.themes).map(Theme::valueOf).collect(Collectors.toSet()),
                row.startedOn,
                row.retracted,
                row.sustainabilityWheelUsed,
                row.enrolledInEvaluation);
    }

    private static ActivityStatusChange toChange(ActivityStatusView row) {
        return new ActivityStatusChange(row.activityId, row.changedOn, row.version, ActivityStatus.valueOf(row.status), row.note);
    }

    private static SurveyResponse toResponse(SurveyResponseView row) {
        return new SurveyResponse(row.responseId, row.house, row.cvr, row.surveyYear, Segment.valueOf(row.segment),
                row.answeredOn, code(CompetenceSatisfaction.class, row.competenceSatisfaction), row.recommendScore,
                code(ExpectedEffect.class, row.expectedEffect), row.receivedDigitalGuidance, row.receivedReferral,
                code(ReferralUse.class, row.usedReferral));
    }

    private static AwarenessSurvey toSurvey(AwarenessSurveyView row) {
        return new AwarenessSurvey(row.surveyId, row.house, row.year, row.respondents, row.awareOfHouse,
                row.awareOfGreenServices, row.conductedOn);
    }

    private static Referral toReferral(ReferralView row) {
        return new Referral(row.referralId, row.house, row.cvr, row.referredOn, ReferralDirection.valueOf(row.direction),
                row.used, row.outcomeReportedOn);
    }

    private static EffectCohort toCohort(EffectCohortView row) {
        return new EffectCohort(row.cohortId, row.house, row.cohortYear, Segment.valueOf(row.segment),
                row.treated == null ? List.of() : List.of(row.treated),
                row.control == null ? List.of() : List.of(row.control));
    }

    private static CompanyFigures toFigures(CompanyFiguresView row) {
        return new CompanyFigures(row.cvr, row.year, row.revenueDkk, row.fte);
    }

    private static <E extends Enum<E>> E code(Class<E> scale, String value) {
        return value == null ? null : Enum.valueOf(scale, value);
    }
}
