package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** G1-AWARENESS and G5-GREEN-AWARENESS read the same survey: the latest of the year by asOf. */
class AwarenessCalculatorsTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final GoalDefinition g1 = Nordjylland.goal("G1-AWARENESS");
    private final GoalDefinition g5 = Nordjylland.goal("G5-GREEN-AWARENESS");

    /*
     * | survey | house       | year | conducted  | respondents | aware of house | aware of green |
     * | KM-A   | nordjylland | 2023 | 2023-03-31 | 1000        | 450            | 300            |
     * | KM-B   | nordjylland | 2023 | 2023-10-15 | 800         | 420            | 330            |
     * | KM-C   | nordjylland | 2023 | 2023-10-15 | 500         | 200            | 100            |
     * | KM-D   | nordjylland | 2022 | 2022-11-01 | 1000        | 900            | 900            |
     * | KM-E   | midtjylland | 2023 | 2023-11-01 | 1000        | 900            | 900            |
     * | KM-F   | nordjylland | 2023 | 2024-02-01 | 1000        | 600            | 450            |
     * as of 2023-03-30: none → NO_DATA.
     * as of 2023-06-30: KM-A → 450/1000 = 45 % (AT_RISK), green 300/450 = 66.7 % (AT_RISK).
     * as of 2023-12-31: KM-B and KM-C closed the same day; the later id KM-C wins → 200/500 = 40 %
     *                   (NOT_MET), green 100/200 = 50 %; 3 surveys of the year by then.
     * as of 2024-03-01: KM-F → 600/1000 = 60 % (MET), green 450/600 = 75 % (MET, ≥ 74).
     */
    private static GoalFacts table(String asOf) {
        return SurveyTable.survey().awareness(
                        survey("KM-A", "nordjylland", 2023, "2023-03-31", 1000, 450, 300),
                        survey("KM-B", "nordjylland", 2023, "2023-10-15", 800, 420, 330),
                        survey("KM-C", "nordjylland", 2023, "2023-10-15", 500, 200, 100),
                        survey("KM-D", "nordjylland", 2022, "2022-11-01", 1000, 900, 900),
                        survey("KM-E", "midtjylland", 2023, "2023-11-01", 1000, 900, 900),
                        survey("KM-F", "nordjylland", 2023, "2024-02-01", 1000, 600, 450))
                .asOf(asOf);
    }

    private static AwarenessSurvey survey(String id, String house, int year, String conductedOn,
                                          long respondents, long aware, long green) {
        return new AwarenessSurvey(id, house, year, respondents, aware, green, LocalDate.parse(conductedOn));
    }

    @Test
    void before_the_first_survey_there_is_no_data() {
        GoalResult awareness = evaluator.evaluate(g1, table("2023-03-30"));
        GoalResult green = evaluator.evaluate(g5, table("2023-03-30"));

        assertThat(awareness.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(awareness.awaitingFeed()).isEqualTo("survey-service: kendskabsmåling (awareness survey)");
        assertThat(awareness.breakdown()).isNull();
        assertThat(green.status()).isEqualTo(GoalStatus.NO_DATA);
    }

    @Test
    void in_june_the_spring_survey_counts() {
        GoalResult awareness = evaluator.evaluate(g1, table("2023-06-30"));
        GoalResult green = evaluator.evaluate(g5, table("2023-06-30"));

        assertThat(awareness.numerator()).isEqualTo(450);
        assertThat(awareness.denominator()).isEqualTo(1000);
        assertThat(awareness.actual()).isEqualTo(Fraction.of(45));
        assertThat(awareness.status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(awareness.fulfilmentPercent()).isEqualTo(Fraction.of(90));
        assertThat(green.numerator()).isEqualTo(300);
        assertThat(green.denominator()).isEqualTo(450);
        assertThat(green.actual()).isEqualTo(Fraction.of(200, 3));
        assertThat(green.status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void two_surveys_closed_the_same_day_are_ordered_by_survey_id() {
        GoalResult awareness = evaluator.evaluate(g1, table("2023-12-31"));
        GoalResult green = evaluator.evaluate(g5, table("2023-12-31"));

        assertThat(awareness.actual()).isEqualTo(Fraction.of(40));
        assertThat(awareness.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(awareness.breakdown()).isEqualTo(
                new AwarenessBreakdown("KM-C", LocalDate.of(2023, 10, 15), 500, 200, 100, 3));
        assertThat(green.actual()).isEqualTo(Fraction.of(50));
    }

    @Test
    void a_survey_of_the_year_closed_after_it_counts_once_as_of_reaches_it() {
        GoalResult awareness = evaluator.evaluate(g1, table("2024-03-01"));
        GoalResult green = evaluator.evaluate(g5, table("2024-03-01"));

        assertThat(awareness.actual()).isEqualTo(Fraction.of(60));
        assertThat(awareness.status()).isEqualTo(GoalStatus.MET);
        assertThat(green.actual()).isEqualTo(Fraction.of(75));
        assertThat(green.status()).isEqualTo(GoalStatus.MET);
        assertThat(((AwarenessBreakdown) green.breakdown()).surveysInYear()).isEqualTo(4);
    }

    @Test
    void nobody_aware_of_the_house_leaves_green_awareness_without_data() {
        GoalFacts facts = SurveyTable.survey().awareness(survey("KM-0", "nordjylland", 2023, "2023-05-01", 100, 0, 0))
                .asOf("2023-12-31");

        assertThat(evaluator.evaluate(g1, facts).actual()).isEqualTo(Fraction.ZERO);
        assertThat(evaluator.evaluate(g5, facts).status()).isEqualTo(GoalStatus.NO_DATA);
    }
}
