package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.DISSATISFIED;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.DONT_KNOW;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.NEUTRAL;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.SATISFIED;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.VERY_SATISFIED;
import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static dk.erhvervshus.reporting.goals.ResponseRow.response;
import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionShareCalculatorTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final GoalDefinition growth = Nordjylland.goal("G3-SATISFACTION-GROWTH");
    private final GoalDefinition operation = Nordjylland.goal("G3-SATISFACTION-OPERATION");

    /*
     * | response | segment   | satisfaction   | course of the company (data check)      |
     * | S1       | GROWTH    | VERY_SATISFIED | 2023, nordjylland        → guided       |
     * | S2       | GROWTH    | VERY_SATISFIED | 2022, nordjylland        → guided       |
     * | S3       | GROWTH    | VERY_SATISFIED | 2021 only                → not guided   |
     * | S4       | GROWTH    | SATISFIED      | 2023, retracted          → not guided   |
     * | S5       | GROWTH    | DONT_KNOW      | 2023, midtjylland        → not guided   |
     * | S6       | GROWTH    | (missing)      | -                        → not guided   |
     * | S7       | GROWTH    | NEUTRAL        | -                        → not guided   |
     * | O1       | OPERATION | VERY_SATISFIED |                                         |
     * | O2       | OPERATION | DISSATISFIED   |                                         |
     * | X1       | GROWTH, survey year 2022        | VERY_SATISFIED | not of Y                 |
     * | X2       | GROWTH, midtjylland             | VERY_SATISFIED | not of the house         |
     * | X3       | GROWTH, 2023, answered 2024-01-10 | VERY_SATISFIED | of Y once asOf reaches it |
     *
     * GROWTH as of 2023-12-31, DONT_KNOW out: answered S1 S2 S3 S4 S7 = 5, very satisfied 3 → 3/5 = 60 %.
     * GROWTH, DONT_KNOW in: answered S1-S5, S7 = 6 → 3/6 = 50 %.  OPERATION: 1/2 = 50 %.
     * As of 2024-01-31 X3 counts: GROWTH 4/6 = 66.7 %.
     */
    private static SurveyTable table() {
        return SurveyTable.survey()
                .courses(company("cvr-S1").startedOn("2023-02-01"), company("cvr-S2").startedOn("2022-09-01"),
                        company("cvr-S3").startedOn("2021-09-01"), company("cvr-S4").startedOn("2023-02-01").retracted(),
                        company("cvr-S5").startedOn("2023-02-01").house("midtjylland"))
                .responses(
                        response("S1").satisfaction(VERY_SATISFIED), response("S2").satisfaction(VERY_SATISFIED),
                        response("S3").satisfaction(VERY_SATISFIED), response("S4").satisfaction(SATISFIED),
                        response("S5").satisfaction(DONT_KNOW), response("S6"), response("S7").satisfaction(NEUTRAL),
                        response("O1").operation().satisfaction(VERY_SATISFIED),
                        response("O2").operation().satisfaction(DISSATISFIED),
                        response("X1").surveyYear(2022).answeredOn("2022-05-01").satisfaction(VERY_SATISFIED),
                        response("X2").house("midtjylland").satisfaction(VERY_SATISFIED),
                        response("X3").answeredOn("2024-01-10").satisfaction(VERY_SATISFIED));
    }

    @Test
    void very_satisfied_over_the_answers_of_the_segment_without_dont_know_and_missing() {
        GoalResult result = evaluator.evaluate(growth, table().asOf("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(3);
        assertThat(result.denominator()).isEqualTo(5);
        assertThat(result.actual()).isEqualTo(Fraction.of(60));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(75)); // 100 × 60 / 80
        assertThat(result.breakdown()).isInstanceOfSatisfying(AnswerShareBreakdown.class, b -> {
            assertThat(b.segment()).hasToString("GROWTH");
            assertThat(b.dontKnowCountsInDenominator()).isFalse();
            assertThat(b.responses()).isEqualTo(7);
            assertThat(b.byAnswer()).containsExactly(
                    new KeyedCount("VERY_SATISFIED", null, 3), new KeyedCount("SATISFIED", null, 1),
                    new KeyedCount("NEUTRAL", null, 1), new KeyedCount("DISSATISFIED", null, 0),
                    new KeyedCount("VERY_DISSATISFIED", null, 0), new KeyedCount("DONT_KNOW", null, 1),
                    new KeyedCount("MISSING", null, 1));
            assertThat(b.bySegment()).isEmpty();
        });
    }

    @Test
    void dont_know_stays_in_the_denominator_when_the_catalogue_says_so() {
        GoalDefinition withDontKnow = Nordjylland.goal("G3-SATISFACTION-GROWTH", "dontKnowCountsInDenominator", true);

        GoalResult result = evaluator.evaluate(withDontKnow, table().asOf("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(3);
        assertThat(result.denominator()).isEqualTo(6);
        assertThat(result.actual()).isEqualTo(Fraction.of(50));
    }

    @Test
    void each_segment_counts_only_its_own_responses() {
        GoalResult result = evaluator.evaluate(operation, table().asOf("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(1);
        assertThat(result.denominator()).isEqualTo(2);
        assertThat(result.actual()).isEqualTo(Fraction.of(50));
    }

    @Test
    void a_response_of_the_year_answered_after_it_counts_once_as_of_reaches_its_answer_date() {
        GoalResult result = evaluator.evaluate(growth, table().asOf("2024-01-31"));

        assertThat(result.numerator()).isEqualTo(4);
        assertThat(result.denominator()).isEqualTo(6);
        assertThat(result.actual()).isEqualTo(Fraction.of(200, 3));
    }

    @Test
    void while_the_year_runs_a_share_is_on_track_or_at_risk_never_met() {
        GoalFacts allVerySatisfied = SurveyTable.survey()
                .responses(response("A").satisfaction(VERY_SATISFIED), response("B").satisfaction(VERY_SATISFIED))
                .asOf("2023-06-30");

        assertThat(evaluator.evaluate(growth, allVerySatisfied).status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(evaluator.evaluate(growth, table().asOf("2023-06-30")).status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void responses_whose_company_had_no_course_in_the_year_or_the_year_before_are_listed_but_still_count() {
        GoalResult result = evaluator.evaluate(growth, table().asOf("2023-12-31"));

        // S3 (2021 only), S4 (retracted), S5 (another house), S6, S7 (no course): 5 of the 7 GROWTH responses.
        AnswerShareBreakdown b = (AnswerShareBreakdown) result.breakdown();
        assertThat(b.responsesWithoutGuidance().count()).isEqualTo(5);
        assertThat(b.responsesWithoutGuidance().responses()).containsExactly(
                new ResponseRef("S3", "cvr-S3"), new ResponseRef("S4", "cvr-S4"), new ResponseRef("S5", "cvr-S5"),
                new ResponseRef("S6", "cvr-S6"), new ResponseRef("S7", "cvr-S7"));
        assertThat(result.denominator()).isEqualTo(5);
    }

    @Test
    void the_list_of_responses_without_guidance_is_capped_and_the_count_is_not() {
        List<ResponseRow> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add(response(String.format("R%03d", i)).satisfaction(SATISFIED));
        }

        GoalResult result = evaluator.evaluate(growth, SurveyTable.survey().responses(many).asOf("2023-12-31"));

        ResponsesWithoutGuidance check = ((AnswerShareBreakdown) result.breakdown()).responsesWithoutGuidance();
        assertThat(check.count()).isEqualTo(150);
        assertThat(check.responses()).hasSize(ResponsesWithoutGuidance.LISTED);
        assertThat(check.responses().get(0).responseId()).isEqualTo("R001");
        assertThat(check.responses().get(99).responseId()).isEqualTo("R100");
    }

    @Test
    void without_answers_there_is_no_data() {
        GoalResult result = evaluator.evaluate(growth, SurveyTable.survey()
                .responses(response("A").satisfaction(DONT_KNOW), response("B")).asOf("2023-12-31"));

        assertThat(result.denominator()).isZero();
        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(result.awaitingFeed()).isEqualTo(growth.feed());
    }
}
