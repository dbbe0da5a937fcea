package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static org.assertj.core.api.Assertions.assertThat;

class NewCompanyShareCalculatorTest {

    private final GoalDefinition g1 = Nordjylland.goal("G1-NEW-COMPANIES");
    private final GoalEvaluator evaluator = new GoalEvaluator();

    /*
     * | company | 2023 courses (enrolled?)        | earlier courses of the house       | in denominator | new |
     * | A       | Feb (yes)                       | 2022-05 (counts)                   | yes            | no  |
     * | B       | Mar (no), Apr (yes)             | -                                  | yes            | yes |
     * | C       | May (no)                        | -                                  | no             | -   |
     * | D       | Jun (yes)                       | 2022-06, retracted                 | yes            | yes |
     * | E       | Jul (yes)                       | 2021-03 (Y-2 does not matter)      | yes            | yes |
     * | F       | Aug (yes)                       | 2022-04 with another house         | yes            | yes |
     * | G       | -                               | 2022-12-31 (yes) only              | no             | -   |
     * | H       | Sep (yes), retracted            | -                                  | no             | -   |
     * numerator 4 (B, D, E, F) / denominator 5 (A, B, D, E, F) = 80 %; 6 companies guided (A-F).
     */
    private GoalFacts table(String asOf) {
        return Nordjylland.facts(asOf,
                company("A").startedOn("2023-02-01"), company("A").startedOn("2022-05-01"),
                company("B").startedOn("2023-03-01").notEnrolled(), company("B").startedOn("2023-04-01"),
                company("C").startedOn("2023-05-01").notEnrolled(),
                company("D").startedOn("2023-06-01"), company("D").startedOn("2022-06-01").retracted(),
                company("E").startedOn("2023-07-01"), company("E").startedOn("2021-03-01"),
                company("F").startedOn("2023-08-01"), company("F").startedOn("2022-04-01").house("midtjylland"),
                company("G").startedOn("2022-12-31"),
                company("H").startedOn("2023-09-01").retracted());
    }

    @Test
    void the_share_of_evaluated_companies_without_a_course_the_year_before() {
        GoalResult result = evaluator.evaluate(g1, table("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(4);
        assertThat(result.denominator()).isEqualTo(5);
        assertThat(result.actual()).isEqualTo(Fraction.of(80));
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(100));
        assertThat(result.breakdown()).isEqualTo(new NewCompanyBreakdown(6, 5, 4, 1));
    }

    @Test
    void a_company_never_enrolled_in_the_evaluation_is_left_out() {
        GoalResult result = evaluator.evaluate(g1, Nordjylland.facts("2023-12-31",
                company("A").notEnrolled(), company("B")));

        assertThat(result.denominator()).isEqualTo(1);
        assertThat(result.numerator()).isEqualTo(1);
    }

    @Test
    void as_of_june_only_the_courses_started_by_then_count() {
        // By 2023-06-30: A (returning), B (Apr), D (Jun) are evaluated; B and D are new: 2/3.
        GoalResult result = evaluator.evaluate(g1, table("2023-06-30"));

        assertThat(result.numerator()).isEqualTo(2);
        assertThat(result.denominator()).isEqualTo(3);
        assertThat(result.actual()).isEqualTo(Fraction.of(200, 3));
        assertThat(result.status()).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void without_evaluated_companies_there_is_no_data() {
        GoalResult result = evaluator.evaluate(g1, Nordjylland.facts("2023-12-31", company("A").notEnrolled()));

        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(result.actual()).isNull();
        assertThat(result.denominator()).isZero();
    }
}
