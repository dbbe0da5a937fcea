package dk.erhvervshus.reporting.view;

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
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One reading of the facts the goals of a house and year need, as they stood on a business date
 * and as they were known at an instant: courses started from January 1st of the year before (goal 1
 * looks back one year, the survey goals' data check too) up to the last counting day, the activity
 * reports up to asOf, the responses and awareness surveys of the year up to asOf, the referrals
 * made in the year up to asOf, the effect cohorts of the years the catalogue's goal 6 reads, and
 * their companies' figures of the cohort years and the year. {@link GoalFacts#of} and
 * {@link SurveyFacts#of} apply the counting rules themselves; the queries only narrow, so the big
 * families may also come from a superset held in memory ({@link #held}).
 *
 * <p>Every query is a read-only projection ({@code project}): the session holds no entity, so it
 * has nothing to track or flush. The steps run one after another in the caller's session, each
 * keeping what it read for {@link #facts()}.
 */
final class FactReading {

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

    FactReading(House house, GoalCatalogue catalogue, ContractPeriod period, Instant knownAt) {
        this.house = house;
        this.period = period;
        this.knownAt = knownAt;
        this.cohortYears = CohortGrowthDifferenceCalculator.cohortYears(catalogue.goals(), period.year());
    }

    /** The courses, answers and referrals, read from the version tables. */
    Uni<Void> bigFamilies() {
        LocalDate firstStart = LocalDate.of(period.year() - 1, 1, 1);
        return CourseVersionView.countable(house.id(), firstStart, period.lastCountingDay(), knownAt)
                .invoke(rows -> courses = FactRows.map(rows, FactRows::course))
                .chain(() -> SurveyResponseVersionView.ofYear(house.id(), period.year(), period.asOf(), knownAt))
                .invoke(rows -> responses = FactRows.map(rows, FactRows::response))
                .chain(() -> ReferralVersionView.madeBetween(house.id(), period.firstDay(), period.lastCountingDay(), knownAt))
                .invoke(rows -> referrals = FactRows.map(rows, FactRows::referral))
                .replaceWithVoid();
    }

    /** The courses, answers and referrals from a superset held in memory instead. */
    void held(List<GuidedCourse> courses, List<SurveyResponse> responses, List<Referral> referrals) {
        this.courses = courses;
        this.responses = responses;
        this.referrals = referrals;
    }

    /** The activity reports, awareness surveys, effect cohorts and their companies' figures: a handful of rows. */
    Uni<Void> smallFamilies() {
        return ActivityStatusView.reportedBy(house.id(), period.year(), period.asOf(), knownAt)
                .invoke(rows -> reports = FactRows.map(rows, FactRows::change))
                .chain(() -> AwarenessSurveyVersionView.ofYear(house.id(), period.year(), period.asOf(), knownAt))
                .invoke(rows -> surveys = FactRows.map(rows, FactRows::survey))
                .chain(this::cohorts)
                .chain(this::figures);
    }

    private Uni<Void> cohorts() {
        if (cohortYears.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return EffectCohortVersionView.ofYears(house.id(), cohortYears, knownAt)
                .invoke(rows -> cohorts = FactRows.map(rows, FactRows::cohort)).replaceWithVoid();
    }

    /** The figures of the cohorts' companies for the base years and the year (a cohort holds hundreds, not tens of thousands). */
    private Uni<Void> figures() {
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
                .invoke(rows -> figures = FactRows.map(rows, FactRows::figures)).replaceWithVoid();
    }

    GoalFacts facts() {
        return GoalFacts.of(house, period, courses, reports,
                SurveyFacts.of(house, period, responses, surveys, referrals, cohorts, figures));
    }
}
