package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CohortGrowthDifferenceCalculatorTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final GoalDefinition revenue = Nordjylland.goal("G6-GROWTH-REVENUE");
    private final GoalDefinition employment = Nordjylland.goal("G6-GROWTH-EMPLOYMENT");
    private final GoalDefinition productivity = Nordjylland.goal("G6-PRODUCTIVITY");

    private static CompanyFigures figures(String cvr, int year, long revenueDkk, String fte) {
        return new CompanyFigures(cvr, year, BigDecimal.valueOf(revenueDkk), new BigDecimal(fte));
    }

    private static EffectCohort cohort(String id, int year, Segment segment, List<String> treated, List<String> control) {
        return new EffectCohort(id, "nordjylland", year, segment, treated, control);
    }

    /*
     * Growth cohort C-G (GROWTH, enrolled 2021): base year 2021, end year 2023.
     * | company | group   | 2021 revenue | 2021 FTE | 2023 revenue | 2023 FTE | used?               |
     * | T1      | treated | 1,000,000    | 10       | 1,500,000    | 12       | yes                 |
     * | T2      | treated | 3,000,000    | 30       | 3,300,000    | 33       | yes                 |
     * | T3      | treated | 2,000,000    | 20       | -            | -        | no, 2023 missing    |
     * | T4      | treated | -            | -        | 500,000      | 5        | no, 2021 missing    |
     * | K1      | control | 2,000,000    | 20       | 2,100,000    | 20       | yes                 |
     * | K2      | control | 2,000,000    | 10       | 2,300,000    | 11       | yes                 |
     * | K3      | control | -            | -        | -            | -        | no figures          |
     * (T3 also has 2022 figures, which play no part.)
     * Revenue: treated 4,800,000 / 4,000,000 − 1 = 20 %, control 4,400,000 / 4,000,000 − 1 = 10 % → 10 pp (≥ 10: MET).
     * FTE:     treated 45 / 40 − 1 = 12.5 %, control 31 / 30 − 1 = 10/3 % → 25/2 − 10/3 = 55/6 = 9.17 pp (≥ 5: MET).
     */
    private static SurveyTable growthTable() {
        return SurveyTable.survey()
                .cohorts(cohort("C-G", 2021, Segment.GROWTH, List.of("T1", "T2", "T3", "T4"), List.of("K1", "K2", "K3")))
                .figures(
                        figures("T1", 2021, 1_000_000, "10"), figures("T1", 2023, 1_500_000, "12"),
                        figures("T2", 2021, 3_000_000, "30"), figures("T2", 2023, 3_300_000, "33"),
                        figures("T3", 2021, 2_000_000, "20"), figures("T3", 2022, 2_500_000, "25"),
                        figures("T4", 2023, 500_000, "5"),
                        figures("K1", 2021, 2_000_000, "20"), figures("K1", 2023, 2_100_000, "20"),
                        figures("K2", 2021, 2_000_000, "10"), figures("K2", 2023, 2_300_000, "11"));
    }

    /*
     * Operation cohort C-O (OPERATION, enrolled 2021), productivity = Σ revenue / Σ FTE of the group.
     * | company | group   | 2021 revenue / FTE | 2023 revenue / FTE | used?                |
     * | P1      | treated | 1,000,000 / 10     | 1,200,000 / 10     | yes                  |
     * | P2      | treated | 2,000,000 / 10     | 2,000,000 / 8      | yes                  |
     * | P3      | treated | 500,000 / 0        | 600,000 / 2        | no, FTE 0 in 2021    |
     * | Q1      | control | 1,000,000 / 10     | 1,050,000 / 10     | yes                  |
     * | Q2      | control | 1,000,000 / 5      | 1,100,000 / 5      | yes                  |
     * treated: 2021 3,000,000 / 20 = 150,000; 2023 3,200,000 / 18 = 177,777.8; growth 32/27 − 1 = 5/27 = 18.52 %
     *   (not the mean of P1's 20 % and P2's 25 %: the aggregate weighs companies by size).
     * control: 2021 2,000,000 / 15; 2023 2,150,000 / 15; growth 7.5 %.
     * difference 500/27 − 15/2 = 595/54 = 11.02 pp (> 0: MET).
     */
    private static SurveyTable operationTable() {
        return SurveyTable.survey()
                .cohorts(cohort("C-O", 2021, Segment.OPERATION, List.of("P1", "P2", "P3"), List.of("Q1", "Q2")))
                .figures(
                        figures("P1", 2021, 1_000_000, "10"), figures("P1", 2023, 1_200_000, "10"),
                        figures("P2", 2021, 2_000_000, "10"), figures("P2", 2023, 2_000_000, "8"),
                        figures("P3", 2021, 500_000, "0"), figures("P3", 2023, 600_000, "2"),
                        figures("Q1", 2021, 1_000_000, "10"), figures("Q1", 2023, 1_050_000, "10"),
                        figures("Q2", 2021, 1_000_000, "5"), figures("Q2", 2023, 1_100_000, "5"));
    }

    @Test
    void revenue_growth_of_the_treated_minus_the_control_group_over_companies_with_both_years() {
        GoalResult result = evaluator.evaluate(revenue, growthTable().asOf("2023-12-31"));

        assertThat(result.actual()).isEqualTo(Fraction.of(10));
        assertThat(result.numerator()).isNull();
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(100));
        assertThat(result.breakdown()).isEqualTo(new CohortGrowthBreakdown(Segment.GROWTH, CohortMeasure.REVENUE,
                List.of("C-G"), 2021, 2023,
                new GroupGrowth(2, 2, Fraction.of(20)),
                new GroupGrowth(2, 1, Fraction.of(10))));
    }

    @Test
    void employment_growth_uses_the_full_time_equivalents() {
        GoalResult result = evaluator.evaluate(employment, growthTable().asOf("2023-12-31"));

        assertThat(result.actual()).isEqualTo(Fraction.of(55, 6));
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        CohortGrowthBreakdown b = (CohortGrowthBreakdown) result.breakdown();
        assertThat(b.treated().growthPercent()).isEqualTo(Fraction.of(25, 2));
        assertThat(b.control().growthPercent()).isEqualTo(Fraction.of(10, 3));
    }

    @Test
    void productivity_is_the_groups_revenue_per_fte_and_needs_fte_above_0_in_both_years() {
        GoalResult result = evaluator.evaluate(productivity, operationTable().asOf("2023-12-31"));

        assertThat(result.actual()).isEqualTo(Fraction.of(595, 54));
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(100));
        assertThat(result.breakdown()).isEqualTo(new CohortGrowthBreakdown(Segment.OPERATION, CohortMeasure.REVENUE_PER_FTE,
                List.of("C-O"), 2021, 2023,
                new GroupGrowth(2, 1, Fraction.of(500, 27)),
                new GroupGrowth(2, 0, Fraction.of(15, 2))));
    }

    @Test
    void more_than_0_is_not_met_by_exactly_0_and_fulfils_nothing_then() {
        // Treated A: 100 → 110 (+10 %); control B: 200 → 220 (+10 %); same FTE: 0 pp.
        GoalFacts facts = SurveyTable.survey()
                .cohorts(cohort("C-O", 2021, Segment.OPERATION, List.of("A"), List.of("B")))
                .figures(figures("A", 2021, 100, "1"), figures("A", 2023, 110, "1"),
                        figures("B", 2021, 200, "1"), figures("B", 2023, 220, "1"))
                .asOf("2023-12-31");

        GoalResult result = evaluator.evaluate(productivity, facts);

        assertThat(result.actual()).isEqualTo(Fraction.ZERO);
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void a_negative_difference_is_not_met_and_fulfils_nothing() {
        // Treated A: 100 → 90 (−10 %); control B: 100 → 100 (0 %): −10 pp.
        GoalFacts facts = SurveyTable.survey()
                .cohorts(cohort("C-G", 2021, Segment.GROWTH, List.of("A"), List.of("B")))
                .figures(figures("A", 2021, 100, "1"), figures("A", 2023, 90, "1"),
                        figures("B", 2021, 100, "1"), figures("B", 2023, 100, "1"))
                .asOf("2023-06-30");

        GoalResult result = evaluator.evaluate(revenue, facts);

        assertThat(result.actual()).isEqualTo(Fraction.of(-10));
        assertThat(result.status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void cohorts_with_the_same_year_and_segment_are_taken_together() {
        // C-G1 and C-G2 list the companies of C-G between them (T1 twice); the result is C-G's.
        SurveyTable table = growthTable();
        GoalFacts facts = SurveyTable.survey()
                .cohorts(cohort("C-G2", 2021, Segment.GROWTH, List.of("T2", "T1"), List.of("K2")),
                        cohort("C-G1", 2021, Segment.GROWTH, List.of("T1"), List.of("K1")),
                        cohort("C-G-2020", 2020, Segment.GROWTH, List.of("T3"), List.of("K3")),
                        cohort("C-O", 2021, Segment.OPERATION, List.of("T4"), List.of("K3")))
                .figures(table.figuresOnly())
                .asOf("2023-12-31");

        GoalResult result = evaluator.evaluate(revenue, facts);

        assertThat(result.actual()).isEqualTo(Fraction.of(10));
        CohortGrowthBreakdown b = (CohortGrowthBreakdown) result.breakdown();
        assertThat(b.cohortIds()).containsExactly("C-G1", "C-G2");
        assertThat(b.treated()).isEqualTo(new GroupGrowth(2, 0, Fraction.of(20)));
        assertThat(b.control()).isEqualTo(new GroupGrowth(2, 0, Fraction.of(10)));
    }

    @Test
    void without_a_cohort_of_the_year_and_segment_there_is_no_data() {
        GoalResult result = evaluator.evaluate(productivity, growthTable().asOf("2023-12-31"));

        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(result.awaitingFeed()).isEqualTo(productivity.feed());
        assertThat(((CohortGrowthBreakdown) result.breakdown()).cohortIds()).isEmpty();
    }

    @Test
    void a_group_without_a_usable_company_or_with_a_base_of_0_gives_no_data() {
        GoalFacts noControlFigures = SurveyTable.survey()
                .cohorts(cohort("C-G", 2021, Segment.GROWTH, List.of("A"), List.of("B")))
                .figures(figures("A", 2021, 100, "1"), figures("A", 2023, 110, "1"), figures("B", 2023, 100, "1"))
                .asOf("2023-12-31");
        GoalFacts zeroBase = SurveyTable.survey()
                .cohorts(cohort("C-G", 2021, Segment.GROWTH, List.of("A"), List.of("B")))
                .figures(figures("A", 2021, 0, "1"), figures("A", 2023, 110, "1"),
                        figures("B", 2021, 100, "1"), figures("B", 2023, 100, "1"))
                .asOf("2023-12-31");

        GoalResult noControl = evaluator.evaluate(revenue, noControlFigures);
        GoalResult zero = evaluator.evaluate(revenue, zeroBase);

        assertThat(noControl.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(((CohortGrowthBreakdown) noControl.breakdown()).control()).isEqualTo(new GroupGrowth(0, 1, null));
        assertThat(zero.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(((CohortGrowthBreakdown) zero.breakdown()).treated()).isEqualTo(new GroupGrowth(1, 0, null));
    }

    @Test
    void the_catalogue_names_the_cohort_years_to_load() {
        assertThat(CohortGrowthDifferenceCalculator.cohortYears(Nordjylland.CATALOGUE_2023.goals(), 2023)).containsExactly(2021);
    }
}
