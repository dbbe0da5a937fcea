package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshus.reporting.goals.ResponseRow.response;
import static org.assertj.core.api.Assertions.assertThat;

class NpsCalculatorTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final GoalDefinition growth = Nordjylland.goal("G3-NPS-GROWTH");
    private final GoalDefinition operation = Nordjylland.goal("G3-NPS-OPERATION");

    private GoalResult growthNps(String asOf, Integer... scores) {
        List<ResponseRow> rows = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            rows.add(response("N" + i).score(scores[i]));
        }
        return evaluator.evaluate(growth, SurveyTable.survey().responses(rows).asOf(asOf));
    }

    /*
     * GROWTH scores 10, 9, 9, 8, 7, 6, 0 and one missing; OPERATION 10, 10.
     * promoters (9–10) 3, passives (7–8) 2, detractors (0–6) 2, scores given 7, missing 1.
     * NPS = 100 × (3 − 2) / 7 = 100/7 = 14.29; numerator 1, denominator 7. OPERATION: 100 × 2/2 = 100.
     */
    @Test
    void promoters_minus_detractors_over_the_scores_given_of_the_segment() {
        SurveyTable table = SurveyTable.survey().responses(
                response("G1").score(10), response("G2").score(9), response("G3").score(9), response("G4").score(8),
                response("G5").score(7), response("G6").score(6), response("G7").score(0), response("G8"),
                response("O1").operation().score(10), response("O2").operation().score(10));

        GoalResult result = evaluator.evaluate(growth, table.asOf("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(1);
        assertThat(result.denominator()).isEqualTo(7);
        assertThat(result.actual()).isEqualTo(Fraction.of(100, 7));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(1000, 49)); // 100 × (100/7) / 70
        assertThat(result.breakdown()).isInstanceOfSatisfying(NpsBreakdown.class, b -> {
            assertThat(b.responses()).isEqualTo(8);
            assertThat(b.promoters()).isEqualTo(3);
            assertThat(b.passives()).isEqualTo(2);
            assertThat(b.detractors()).isEqualTo(2);
            assertThat(b.missingScores()).isEqualTo(1);
            assertThat(b.responsesWithoutGuidance().count()).isEqualTo(8);
        });
        assertThat(evaluator.evaluate(operation, table.asOf("2023-12-31")).actual()).isEqualTo(Fraction.of(100));
    }

    @Test
    void all_promoters_is_100() {
        GoalResult result = growthNps("2023-12-31", 9, 10, 10);

        assertThat(result.actual()).isEqualTo(Fraction.of(100));
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(100));
    }

    @Test
    void all_detractors_is_minus_100_and_fulfils_nothing() {
        GoalResult result = growthNps("2023-12-31", 0, 6, 3);

        assertThat(result.numerator()).isEqualTo(-3);
        assertThat(result.denominator()).isEqualTo(3);
        assertThat(result.actual()).isEqualTo(Fraction.of(-100));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void passives_only_is_0() {
        GoalResult result = growthNps("2023-12-31", 7, 8, 8);

        assertThat(result.actual()).isEqualTo(Fraction.ZERO);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void without_scores_there_is_no_data() {
        GoalResult result = growthNps("2023-12-31", null, null);

        assertThat(result.actual()).isNull();
        assertThat(result.denominator()).isZero();
        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(((NpsBreakdown) result.breakdown()).missingScores()).isEqualTo(2);
        assertThat(growthNps("2023-12-31").status()).isEqualTo(GoalStatus.NO_DATA);
    }

    @Test
    void the_boundaries_of_the_scale_are_6_detractor_7_passive_9_promoter() {
        // 6 → detractor, 7 → passive, 8 → passive, 9 → promoter: 100 × (1 − 1) / 4 = 0.
        GoalResult result = growthNps("2023-12-31", 6, 7, 8, 9);

        assertThat(result.actual()).isEqualTo(Fraction.ZERO);
        NpsBreakdown b = (NpsBreakdown) result.breakdown();
        assertThat(List.of(b.promoters(), b.passives(), b.detractors())).containsExactly(1L, 2L, 1L);
    }

    @Test
    void a_score_is_judged_like_a_share_while_the_year_runs() {
        // 100 on June 30th reaches 70, but can still fall: ON_TRACK, not MET.
        assertThat(growthNps("2023-06-30", 10, 9).status()).isEqualTo(GoalStatus.ON_TRACK);
        // 100 × (1 − 1) / 2 = 0 < 70.
        assertThat(growthNps("2023-06-30", 10, 0).status()).isEqualTo(GoalStatus.AT_RISK);
    }
}
