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
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the facts the goals of a house and year need, as they stood on a business date and as
 * they were known at an instant: courses started from January 1st of the year before (goal 1 looks
 * back one year, the survey goals' data check too) up to the last counting day, the activity
 * reports up to asOf, the responses and awareness surveys of the year up to asOf, the referrals
 * made in the year up to asOf, the effect cohorts of the years the catalogue's goal 6 reads, and
 * their companies' figures of the cohort years and the year. {@link GoalFacts#of} and
 * {@link SurveyFacts#of} apply the counting rules themselves; the queries only narrow.
 *
 * <p>Every query is a read-only projection ({@code project}): the session holds no entity, so it
 * has nothing to track or flush. The queries of one session run one after another, in
 * {@link Reading}'s steps.
 */
@ApplicationScoped
public class GoalFactsQuery {

    public Uni<GoalFacts> factsFor(House house, GoalCatalogue catalogue, ContractPeriod period, Instant knownAt) {
        Reading reading = new Reading(house, catalogue, period, knownAt);
        return Panache.withSession(() -> reading.courses()
                .chain(reading::activities)
                .chain(reading::responses)
                .chain(reading::awarenessSurveys)
                .chain(reading::referrals)
                .chain(reading::cohorts)
                .chain(reading::figures)
                .map(ignored -> reading.facts()));
    }

    /** One request's reads, each step keeping what it read for {@link #facts()}. */
    private static final class Reading {

        private final House house;
        private final ContractPeriod period;
        private final Instant knownAt;
        private final Set<Integer> cohortYears;
        private List<GuidedCourse> courses;
        private List<ActivityStatusChange> reports;
        private List<SurveyResponse> responses;
        private List<AwarenessSurvey> surveys;
        private List<Referral> referrals;
        private List<EffectCohort> cohorts = List.of();
        private List<CompanyFigures> figures = List.of();

        Reading(House house, GoalCatalogue catalogue, ContractPeriod period, Instant knownAt) {
            this.house = house;
            this.period = period;
            this.knownAt = knownAt;
            this.cohortYears = CohortGrowthDifferenceCalculator.cohortYears(catalogue.goals(), period.year());
        }

        Uni<Void> courses() {
            LocalDate firstStart = LocalDate.of(period.year() - 1, 1, 1);
            return CourseVersionView.countable(house.id(), firstStart, period.lastCountingDay(), knownAt)
                    .invoke(rows -> courses = map(rows, Reading::toCourse)).replaceWithVoid();
        }

        Uni<Void> activities() {
            return ActivityStatusView.reportedBy(house.id(), period.year(), period.asOf(), knownAt)
                    .invoke(rows -> reports = map(rows, Reading::toChange)).replaceWithVoid();
        }

        Uni<Void> responses() {
            return SurveyResponseVersionView.ofYear(house.id(), period.year(), period.asOf(), knownAt)
                    .invoke(rows -> responses = map(rows, Reading::toResponse)).replaceWithVoid();
        }

        Uni<Void> awarenessSurveys() {
            return AwarenessSurveyVersionView.ofYear(house.id(), period.year(), period.asOf(), knownAt)
                    .invoke(rows -> surveys = map(rows, Reading::toSurvey)).replaceWithVoid();
        }

        Uni<Void> referrals() {
            return ReferralVersionView.madeBetween(house.id(), period.firstDay(), period.lastCountingDay(), knownAt)
                    .invoke(rows -> referrals = map(rows, Reading::toReferral)).replaceWithVoid();
        }

        Uni<Void> cohorts() {
            if (cohortYears.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return EffectCohortVersionView.ofYears(house.id(), cohortYears, knownAt)
                    .invoke(rows -> cohorts = map(rows, Reading::toCohort)).replaceWithVoid();
        }

        /** The figures of the cohorts' companies for the base years and the year (a cohort holds hundreds, not tens of thousands). */
        Uni<Void> figures() {
            Set<String> cvrs = new TreeSet<>();
            cohorts.forEach(c -> {
                cvrs.addAll(c.treated());
                cvrs.addAll(c.control());
            });
            if (cvrs.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Set<Integer> years = new TreeSet<>(cohortYears);
            years.add(period.year());
            return CompanyFiguresVersionView.of(cvrs, years, knownAt)
                    .invoke(rows -> figures = map(rows, Reading::toFigures)).replaceWithVoid();
        }

        GoalFacts facts() {
            return GoalFacts.of(house, period, courses, reports,
                    SurveyFacts.of(house, period, responses, surveys, referrals, cohorts, figures));
        }

        private static <R, T> List<T> map(List<R> rows, Function<R, T> mapper) {
            return rows.stream().map(mapper).toList();
        }

        private static GuidedCourse toCourse(CourseVersionView.Fact row) {
            return new GuidedCourse(row.courseId(), row.house(), row.cvr(), row.municipalityCode(),
                    GuidanceCategory.valueOf(row.category()),
                    Arrays.stream(row.themes() == null ? new String[0] : row.themes()).map(Theme::valueOf)
                            .collect(Collectors.toSet()),
                    row.startedOn(), row.retracted(), row.sustainabilityWheelUsed(), row.enrolledInEvaluation());
        }

        private static ActivityStatusChange toChange(ActivityStatusView.Fact row) {
            return new ActivityStatusChange(row.activityId(), row.changedOn(), row.version(),
                    ActivityStatus.valueOf(row.status()), row.note());
        }

        private static SurveyResponse toResponse(SurveyResponseVersionView.Fact row) {
            return new SurveyResponse(row.responseId(), row.house(), row.cvr(), row.surveyYear(),
                    Segment.valueOf(row.segment()), row.answeredOn(),
                    code(CompetenceSatisfaction.class, row.competenceSatisfaction()), row.recommendScore(),
                    code(ExpectedEffect.class, row.expectedEffect()), row.receivedDigitalGuidance(),
                    row.receivedReferral(), code(ReferralUse.class, row.usedReferral()));
        }

        private static AwarenessSurvey toSurvey(AwarenessSurveyVersionView.Fact row) {
            return new AwarenessSurvey(row.surveyId(), row.house(), row.year(), row.respondents(), row.awareOfHouse(),
                    row.awareOfGreenServices(), row.conductedOn());
        }

        private static Referral toReferral(ReferralVersionView.Fact row) {
            return new Referral(row.referralId(), row.house(), row.cvr(), row.referredOn(),
                    ReferralDirection.valueOf(row.direction()), row.used(), row.outcomeReportedOn());
        }

        private static EffectCohort toCohort(EffectCohortVersionView.Fact row) {
            return new EffectCohort(row.cohortId(), row.house(), row.cohortYear(), Segment.valueOf(row.segment()),
                    row.treated() == null ? List.of() : List.of(row.treated()),
                    row.control() == null ? List.of() : List.of(row.control()));
        }

        private static CompanyFigures toFigures(CompanyFiguresVersionView.Fact row) {
            return new CompanyFigures(row.cvr(), row.year(), row.revenueDkk(), row.fte());
        }

        private static <E extends Enum<E>> E code(Class<E> scale, String value) {
            return value == null ? null : Enum.valueOf(scale, value);
        }
    }
}
