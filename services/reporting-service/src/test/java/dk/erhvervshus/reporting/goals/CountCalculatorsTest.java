package dk.erhvervshus.reporting.goals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.erhvervshus.contracts.codes.GuidanceCategory.EARLY_WARNING;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.GROWTH;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.OPERATION;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.SHORT;
import static dk.erhvervshus.contracts.codes.Theme.DIGITALISATION;
import static dk.erhvervshus.contracts.codes.Theme.GREEN_TRANSITION;
import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static org.assertj.core.api.Assertions.assertThat;

/** Goal 11: unique companies and the two course counts. */
class CountCalculatorsTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();

    /*
     * | course | company | category      | municipality | started    | themes                   |
     * | 1      | A       | GROWTH        | 851          | 2023-01-10 | DIGITALISATION           |
     * | 2      | A       | SHORT         | 860          | 2023-03-05 | GREEN_TRANSITION         |
     * | 3      | B       | OPERATION     | 851          | 2023-03-20 | DIGITALISATION, GREEN    |
     * | 4      | C       | EARLY_WARNING | 813          | 2023-05-01 |                          |
     * | 5      | D       | SHORT         | 813          | 2023-05-02 |                          |
     * | 6      | E       | GROWTH        | 101 (outside)| 2023-07-01 |                          |
     * | 7      | F       | GROWTH        | 851          | 2023-02-01 | retracted                |
     * | 8      | G       | SHORT         | 851          | 2022-12-01 | the year before          |
     * unique companies: A..E = 5; GROWTH+OPERATION courses: 1, 3, 6 = 3; SHORT+EARLY_WARNING: 2, 4, 5 = 3.
     */
    private GoalFacts table(String asOf) {
        return Nordjylland.facts(asOf,
                company("A").category(GROWTH).in("851").startedOn("2023-01-10").themes(DIGITALISATION),
                company("A").category(SHORT).in("860").startedOn("2023-03-05").themes(GREEN_TRANSITION),
                company("B").category(OPERATION).in("851").startedOn("2023-03-20").themes(DIGITALISATION, GREEN_TRANSITION),
                company("C").category(EARLY_WARNING).in("813").startedOn("2023-05-01"),
                company("D").category(SHORT).in("813").startedOn("2023-05-02"),
                company("E").category(GROWTH).in("101").startedOn("2023-07-01"),
                company("F").category(GROWTH).in("851").startedOn("2023-02-01").retracted(),
                company("G").category(SHORT).in("851").startedOn("2022-12-01"));
    }

    @Test
    void unique_companies_count_each_cvr_once() {
        GoalResult result = evaluator.evaluate(Nordjylland.goal("G11-UNIQUE-COMPANIES"), table("2023-12-31"));

        assertThat(result.actual()).isEqualTo(Fraction.of(5));
        assertThat(result.numerator()).isNull();
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(5, 8)); // 100 × 5 / 800
        CourseBreakdown breakdown = (CourseBreakdown) result.breakdown();
        // A is in 851 and 860; 851 has A and B.
        assertThat(counts(breakdown.byMunicipality())).containsEntry("851", 2L).containsEntry("860", 1L)
                .containsEntry("813", 2L).containsEntry("101", 1L).containsEntry("773", 0L);
        assertThat(breakdown.byMunicipality().get(0)).isEqualTo(new KeyedCount("773", "Morsø", 0));
        assertThat(counts(breakdown.byCategory())).containsEntry("GROWTH", 2L).containsEntry("SHORT", 2L)
                .containsEntry("OPERATION", 1L).containsEntry("EARLY_WARNING", 1L);
        assertThat(counts(breakdown.byTheme())).containsEntry("DIGITALISATION", 2L).containsEntry("GREEN_TRANSITION", 2L)
                .containsEntry("CCUS", 0L);
        // By the month of each company's first course: A Jan, B Mar, C May, D May, E Jul — adds up to 5.
        assertThat(counts(breakdown.byMonth())).containsEntry("2023-01", 1L).containsEntry("2023-03", 1L)
                .containsEntry("2023-05", 2L).containsEntry("2023-07", 1L).containsEntry("2023-02", 0L).hasSize(12);
        // At each month's end, the burn-up's curve: the running sum of that split.
        assertThat(levels(breakdown.byMonthEnd())).containsExactly(1L, 1L, 2L, 2L, 4L, 4L, 5L, 5L, 5L, 5L, 5L, 5L);
    }

    @Test
    void course_counts_take_the_categories_from_the_catalogue() {
        GoalResult growthOperation = evaluator.evaluate(Nordjylland.goal("G11-GROWTH-OPERATION-COURSES"), table("2023-12-31"));
        GoalResult shortEarlyWarning = evaluator.evaluate(Nordjylland.goal("G11-SHORT-EARLY-WARNING-COURSES"), table("2023-12-31"));

        assertThat(growthOperation.actual()).isEqualTo(Fraction.of(3));
        assertThat(shortEarlyWarning.actual()).isEqualTo(Fraction.of(3));
        CourseBreakdown breakdown = (CourseBreakdown) growthOperation.breakdown();
        assertThat(breakdown.byCategory()).containsExactly(
                new KeyedCount("GROWTH", null, 2), new KeyedCount("OPERATION", null, 1));
        assertThat(counts(breakdown.byMonth())).containsEntry("2023-01", 1L).containsEntry("2023-03", 1L)
                .containsEntry("2023-07", 1L);
    }

    /*
     * The year before, for the burn-up's curve of last year, by the same rules:
     * | company | category  | started    |                       |
     * | A       | GROWTH    | 2022-02-10 |                       |
     * | A       | SHORT     | 2022-06-01 |                       |
     * | H       | OPERATION | 2022-06-15 |                       |
     * | I       | GROWTH    | 2022-06-20 | retracted             |
     * | G       | SHORT     | 2022-12-01 |                       |
     * | J       | GROWTH    | 2021-05-01 | two years before      |
     * unique companies by their first 2022 course: A Feb, H Jun, G Dec; GROWTH+OPERATION: Feb, Jun;
     * SHORT+EARLY_WARNING: Jun, Dec.
     */
    @Test
    void each_month_end_of_the_year_before_is_counted_by_the_same_rules() {
        GoalFacts facts = Nordjylland.facts("2023-04-30",
                company("A").category(GROWTH).startedOn("2023-01-10"),
                company("A").category(GROWTH).startedOn("2022-02-10"),
                company("A").category(SHORT).startedOn("2022-06-01"),
                company("H").category(OPERATION).startedOn("2022-06-15"),
                company("I").category(GROWTH).startedOn("2022-06-20").retracted(),
                company("G").category(SHORT).startedOn("2022-12-01"),
                company("J").category(GROWTH).startedOn("2021-05-01"));

        CourseBreakdown unique = (CourseBreakdown) evaluator.evaluate(Nordjylland.goal("G11-UNIQUE-COMPANIES"), facts)
                .breakdown();
        CourseBreakdown growthOperation = (CourseBreakdown) evaluator.evaluate(
                Nordjylland.goal("G11-GROWTH-OPERATION-COURSES"), facts).breakdown();
        CourseBreakdown shortEarlyWarning = (CourseBreakdown) evaluator.evaluate(
                Nordjylland.goal("G11-SHORT-EARLY-WARNING-COURSES"), facts).breakdown();

        assertThat(unique.previousYearByMonthEnd()).extracting(KeyedCount::key).first().isEqualTo("2022-01");
        assertThat(levels(unique.previousYearByMonthEnd())).containsExactly(0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L, 2L, 3L);
        assertThat(levels(growthOperation.previousYearByMonthEnd()))
                .containsExactly(0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L, 2L, 2L);
        assertThat(levels(shortEarlyWarning.previousYearByMonthEnd()))
                .containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 2L);
        // This year's own series is untouched by the year before; after asOf it stays at asOf's count.
        assertThat(levels(unique.byMonthEnd())).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(unique.byMonthEnd()).extracting(KeyedCount::key).first().isEqualTo("2023-01");
    }

    private static List<Long> levels(List<KeyedCount> counts) {
        return counts.stream().map(KeyedCount::count).toList();
    }

    @Test
    void as_of_a_date_only_courses_started_by_then_count() {
        // By 2023-03-20 (end of day): courses 1, 2, 3 → companies A, B.
        assertThat(evaluator.evaluate(Nordjylland.goal("G11-UNIQUE-COMPANIES"), table("2023-03-20")).actual())
                .isEqualTo(Fraction.of(2));
        assertThat(evaluator.evaluate(Nordjylland.goal("G11-UNIQUE-COMPANIES"), table("2023-03-19")).actual())
                .isEqualTo(Fraction.of(1));
        assertThat(evaluator.evaluate(Nordjylland.goal("G11-SHORT-EARLY-WARNING-COURSES"), table("2023-05-01")).actual())
                .isEqualTo(Fraction.of(2));
    }

    private static Map<String, Long> counts(List<KeyedCount> counts) {
        return counts.stream().collect(Collectors.toMap(KeyedCount::key, KeyedCount::count));
    }
}
