package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.MetricKind;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * G6-GROWTH-REVENUE, G6-GROWTH-EMPLOYMENT, G6-PRODUCTIVITY: the growth of the treated companies of
 * an effect cohort minus that of its control group, in percentage points.
 * <ul>
 *   <li>The cohort is the house's of the {@code segment} with cohortYear = Y + {@code cohortYearOffset}
 *       (−2 in 2023). Several cohort ids with that year and segment are taken together: their
 *       treated lists are united, and so are their control lists (a CVR counts once per group).</li>
 *   <li>Growth runs from the base year B = the cohort year to Y. A group uses only its companies
 *       with the {@code measure}'s figures in both years (for REVENUE_PER_FTE: revenue, and an FTE
 *       above 0, in both); the others are left out and counted.</li>
 *   <li>REVENUE and FTE: aggregate growth = Σ value(Y) / Σ value(B) − 1. REVENUE_PER_FTE: the
 *       group's aggregate productivity Σ revenue / Σ FTE per year, growth = prod(Y) / prod(B) − 1,
 *       so large companies weigh as much as their size, as in the other two.</li>
 *   <li>No data without a cohort, when a group has no usable company, or when its base is 0.</li>
 * </ul>
 */
public final class CohortGrowthDifferenceCalculator implements GoalCalculator {

    static final String MEASURE = "measure";
    static final String COHORT_YEAR_OFFSET = "cohortYearOffset";
    static final int DEFAULT_COHORT_YEAR_OFFSET = -2;
    private static final Fraction HUNDRED = Fraction.of(100);

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        Segment segment = SurveyParameters.segment(goal);
        CohortMeasure measure = CohortMeasure.valueOf(goal.requiredString(MEASURE));
        int endYear = facts.period().year();
        int baseYear = cohortYear(goal, endYear);
        List<EffectCohort> cohorts = facts.survey().cohorts().stream()
                .filter(c -> c.cohortYear() == baseYear && c.segment() == segment)
                .sorted(Comparator.comparing(EffectCohort::cohortId))
                .toList();
        Set<String> treated = new LinkedHashSet<>();
        Set<String> control = new LinkedHashSet<>();
        cohorts.forEach(c -> {
            treated.addAll(c.treated());
            control.addAll(c.control());
        });
        GroupGrowth treatedGrowth = growth(treated, measure, baseYear, endYear, facts.survey());
        GroupGrowth controlGrowth = growth(control, measure, baseYear, endYear, facts.survey());
        Fraction difference = cohorts.isEmpty() || treatedGrowth.growthPercent() == null || controlGrowth.growthPercent() == null
                ? null
                : treatedGrowth.growthPercent().minus(controlGrowth.growthPercent());
        return Measurement.value(difference, Accrual.SHARE)
                .withBreakdown(new CohortGrowthBreakdown(segment, measure,
                        cohorts.stream().map(EffectCohort::cohortId).toList(), baseYear, endYear,
                        treatedGrowth, controlGrowth));
    }

    /** The cohort year (= base year) a goal of this kind reads for contract year {@code year}. */
    static int cohortYear(GoalDefinition goal, int year) {
        return year + goal.intParameter(COHORT_YEAR_OFFSET, DEFAULT_COHORT_YEAR_OFFSET);
    }

    /** The cohort years the goals read for contract year {@code year}, so the query loads only those cohorts. */
    public static Set<Integer> cohortYears(Collection<GoalDefinition> goals, int year) {
        Set<Integer> years = new TreeSet<>();
        goals.stream()
                .filter(g -> g.metric() == MetricKind.COHORT_GROWTH_DIFFERENCE)
                .forEach(g -> years.add(cohortYear(g, year)));
        return years;
    }

    private static GroupGrowth growth(Set<String> companies, CohortMeasure measure, int baseYear, int endYear,
                                      SurveyFacts survey) {
        Totals base = new Totals();
        Totals end = new Totals();
        long used = 0;
        for (String cvr : companies) {
            Optional<CompanyFigures> atBase = survey.figures(cvr, baseYear).filter(f -> usable(f, measure));
            Optional<CompanyFigures> atEnd = survey.figures(cvr, endYear).filter(f -> usable(f, measure));
            if (atBase.isPresent() && atEnd.isPresent()) {
                used++;
                base.add(atBase.get());
                end.add(atEnd.get());
            }
        }
        long leftOut = companies.size() - used;
        if (used == 0) {
            return new GroupGrowth(0, leftOut, null);
        }
        Fraction baseValue = base.value(measure);
        if (baseValue.isZero()) {
            return new GroupGrowth(used, leftOut, null);
        }
        Fraction growth = end.value(measure).dividedBy(baseValue).minus(Fraction.ONE);
        return new GroupGrowth(used, leftOut, growth.times(HUNDRED));
    }

    private static boolean usable(CompanyFigures figures, CohortMeasure measure) {
        return switch (measure) {
            case REVENUE -> figures.revenueDkk() != null;
            case FTE -> figures.fte() != null;
            case REVENUE_PER_FTE -> figures.revenueDkk() != null && figures.fte() != null && figures.fte().signum() > 0;
        };
    }

    /** A group's sums of one year. */
    private static final class Totals {

        private Fraction revenue = Fraction.ZERO;
        private Fraction fte = Fraction.ZERO;

        void add(CompanyFigures figures) {
            revenue = revenue.plus(fraction(figures.revenueDkk()));
            fte = fte.plus(fraction(figures.fte()));
        }

        Fraction value(CohortMeasure measure) {
            return switch (measure) {
                case REVENUE -> revenue;
                case FTE -> fte;
                case REVENUE_PER_FTE -> revenue.dividedBy(fte);
            };
        }

        private static Fraction fraction(BigDecimal value) {
            return value == null ? Fraction.ZERO : Fraction.of(value);
        }
    }
}
