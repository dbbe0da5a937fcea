package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.CohortGrowthDifferenceCalculator;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which house-years' goals a batch's facts can change, so that exactly those are derived again.
 * It mirrors the read rules of {@code GoalFacts} and {@code SurveyFacts}: a course started in Y
 * counts in Y and is looked back on by Y + 1 (new companies, the survey goals' data check); a
 * response, awareness survey or activity report belongs to its year; a referral to the year it was
 * made; an effect cohort to every year whose catalogue reads its cohort year; a company's figures
 * of year F to every house's years that read F (as the end year or a cohort year). A re-dated or
 * moved fact marks where it was as well as where it is. Only house-years with a goal catalogue are
 * marked: there is nothing to maintain for the others.
 */
public final class GoalMarks {

    /** How far ahead of a cohort or figures year a catalogue may read it (the cohort offset is −2 today). */
    private static final int LOOK_AHEAD_YEARS = 10;

    private final Houses houses;
    private final GoalCatalogues catalogues;

    public GoalMarks(Houses houses, GoalCatalogues catalogues) {
        this.houses = houses;
        this.catalogues = catalogues;
    }

    public Set<GoalYear> of(Collection<AppliedFact> applied) {
        Batch batch = new Batch();
        for (AppliedFact fact : applied) {
            batch.mark(fact.before());
            batch.mark(fact.after());
        }
        return batch.marks;
    }

    /**
     * The marks of one batch. A rebuild's batch holds thousands of facts of the same few house-years:
     * whether a house-year has a catalogue is looked up once per batch, not once per fact, and so are
     * the readers of a figures year.
     */
    private final class Batch {
        private final Set<GoalYear> marks = new LinkedHashSet<>();
        private final Map<GoalYear, Boolean> withCatalogue = new HashMap<>();
        private final Set<Integer> figureYearsMarked = new HashSet<>();

        void mark(FactRow row) {
            if (row == null) {
                return;
            }
            if (row instanceof CourseState c) {
                add(c.house(), c.startedOn().getYear());
                add(c.house(), c.startedOn().getYear() + 1);
            } else if (row instanceof ActivityStatusRow a) {
                add(a.house(), a.year());
            } else if (row instanceof SurveyResponseRow r) {
                add(r.house(), r.surveyYear());
            } else if (row instanceof AwarenessSurveyRow s) {
                add(s.house(), s.year());
            } else if (row instanceof ReferralState r) {
                add(r.house(), r.referredOn().getYear());
            } else if (row instanceof EffectCohortRow c) {
                readersOf(c.house(), c.cohortYear(), false, marks);
            } else if (row instanceof CompanyFiguresRow f && figureYearsMarked.add(f.year())) {
                houses.all().stream().map(House::id).forEach(house -> readersOf(house, f.year(), true, marks));
            }
        }

        private void add(String house, int year) {
            GoalYear goalYear = new GoalYear(house, year);
            if (withCatalogue.computeIfAbsent(goalYear, y -> catalogues.find(y.house(), y.year()).isPresent())) {
                marks.add(goalYear);
            }
        }
    }

    /** The house's years whose catalogue reads {@code year} as a cohort year (or, for figures, as the end year). */
    private void readersOf(String house, int year, boolean asEndYear, Set<GoalYear> marks) {
        for (int y = year; y <= year + LOOK_AHEAD_YEARS; y++) {
            int contractYear = y;
            catalogues.find(house, contractYear).ifPresent(catalogue -> {
                if ((asEndYear && contractYear == year)
                        || CohortGrowthDifferenceCalculator.cohortYears(catalogue.goals(), contractYear).contains(year)) {
                    marks.add(new GoalYear(house, contractYear));
                }
            });
        }
    }
}
