package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import static dk.erhvervshus.contracts.codes.ExpectedEffect.DONT_KNOW;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.HIGH;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.LOW;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.NONE;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.SOME;
import static dk.erhvervshus.reporting.goals.ResponseRow.response;
import static org.assertj.core.api.Assertions.assertThat;

/** G6-EXPECTED-EFFECT and G7-DIGITAL-EFFECT: the same rule over all responses and over those with digital guidance. */
class EffectShareCalculatorsTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final GoalDefinition g6 = Nordjylland.goal("G6-EXPECTED-EFFECT");
    private final GoalDefinition g7 = Nordjylland.goal("G7-DIGITAL-EFFECT");

    /*
     * | response | segment   | expected effect | digital guidance |
     * | E1       | GROWTH    | HIGH            | yes              |
     * | E2       | GROWTH    | HIGH            | no               |
     * | E3       | GROWTH    | SOME            | yes              |
     * | E4       | GROWTH    | DONT_KNOW       | yes              |
     * | E5       | OPERATION | HIGH            | yes              |
     * | E6       | OPERATION | LOW             | (missing)        |
     * | E7       | OPERATION | (missing)       | yes              |
     * | E8       | OPERATION | NONE            | no               |
     * G6: HIGH E1 E2 E5 = 3; answered without DONT_KNOW and missing: E1 E2 E3 E5 E6 E8 = 6 → 50 %.
     *     GROWTH 2/3 (E1 E2 of E1 E2 E3), OPERATION 1/3 (E5 of E5 E6 E8). With DONT_KNOW: 3/7.
     * G7: digital E1 E3 E4 E5 E7; HIGH E1 E5 = 2; answered E1 E3 E5 = 3 → 66.7 % (< 70).
     *     GROWTH 1/2, OPERATION 1/1. With DONT_KNOW: 2/4 = 50 %.
     */
    private static GoalFacts table() {
        return SurveyTable.survey().responses(
                        response("E1").effect(HIGH).digital(true), response("E2").effect(HIGH).digital(false),
                        response("E3").effect(SOME).digital(true), response("E4").effect(DONT_KNOW).digital(true),
                        response("E5").operation().effect(HIGH).digital(true), response("E6").operation().effect(LOW),
                        response("E7").operation().digital(true), response("E8").operation().effect(NONE).digital(false))
                .asOf("2023-12-31");
    }

    @Test
    void expected_effect_is_high_over_the_answers_given_by_both_segments() {
        GoalResult result = evaluator.evaluate(g6, table());

        assertThat(result.numerator()).isEqualTo(3);
        assertThat(result.denominator()).isEqualTo(6);
        assertThat(result.actual()).isEqualTo(Fraction.of(50));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.breakdown()).isInstanceOfSatisfying(AnswerShareBreakdown.class, b -> {
            assertThat(b.segment()).isNull();
            assertThat(b.responses()).isEqualTo(8);
            assertThat(b.byAnswer()).containsExactly(new KeyedCount("HIGH", null, 3), new KeyedCount("SOME", null, 1),
                    new KeyedCount("LOW", null, 1), new KeyedCount("NONE", null, 1), new KeyedCount("DONT_KNOW", null, 1),
                    new KeyedCount("MISSING", null, 1));
            assertThat(b.bySegment()).containsExactly(
                    new SegmentShare(Segment.GROWTH, 2, 3, Fraction.of(200, 3)),
                    new SegmentShare(Segment.OPERATION, 1, 3, Fraction.of(100, 3)));
        });
    }

    @Test
    void expected_effect_with_dont_know_in_the_denominator() {
        GoalResult result = evaluator.evaluate(Nordjylland.goal("G6-EXPECTED-EFFECT", "dontKnowCountsInDenominator", true), table());

        assertThat(result.denominator()).isEqualTo(7);
        assertThat(result.actual()).isEqualTo(Fraction.of(300, 7));
        assertThat(((AnswerShareBreakdown) result.breakdown()).bySegment().get(0))
                .isEqualTo(new SegmentShare(Segment.GROWTH, 2, 4, Fraction.of(50)));
    }

    @Test
    void digital_effect_counts_only_respondents_who_received_digital_guidance() {
        GoalResult result = evaluator.evaluate(g7, table());

        assertThat(result.numerator()).isEqualTo(2);
        assertThat(result.denominator()).isEqualTo(3);
        assertThat(result.actual()).isEqualTo(Fraction.of(200, 3));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(2000, 21)); // 100 × (200/3) / 70 = 95.2
        assertThat(result.breakdown()).isInstanceOfSatisfying(AnswerShareBreakdown.class, b -> {
            assertThat(b.responses()).isEqualTo(5);
            assertThat(b.bySegment()).containsExactly(
                    new SegmentShare(Segment.GROWTH, 1, 2, Fraction.of(50)),
                    new SegmentShare(Segment.OPERATION, 1, 1, Fraction.of(100)));
            assertThat(b.responsesWithoutGuidance().count()).isEqualTo(5);
        });
    }

    @Test
    void digital_effect_with_dont_know_in_the_denominator() {
        GoalResult result = evaluator.evaluate(Nordjylland.goal("G7-DIGITAL-EFFECT", "dontKnowCountsInDenominator", true), table());

        assertThat(result.numerator()).isEqualTo(2);
        assertThat(result.denominator()).isEqualTo(4);
        assertThat(result.actual()).isEqualTo(Fraction.of(50));
    }

    @Test
    void a_segment_without_answers_has_no_share() {
        GoalResult result = evaluator.evaluate(g6, SurveyTable.survey()
                .responses(response("A").effect(HIGH)).asOf("2023-12-31"));

        assertThat(((AnswerShareBreakdown) result.breakdown()).bySegment()).containsExactly(
                new SegmentShare(Segment.GROWTH, 1, 1, Fraction.of(100)),
                new SegmentShare(Segment.OPERATION, 0, 0, null));
    }
}
