package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshus.contracts.codes.ActivityStatus.DONE;
import static dk.erhvervshus.contracts.codes.ActivityStatus.IN_PROGRESS;
import static dk.erhvervshus.contracts.codes.ActivityStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

class ActivitiesDoneCalculatorTest {

    private final GoalDefinition g8 = Nordjylland.goal("G8-REGIONAL-STRATEGY");
    private final GoalEvaluator evaluator = new GoalEvaluator();

    /*
     * | activity | reports                                   | as of 2023-06-30 | as of 2023-12-31 |
     * | G8-A1    | DONE 2023-03-01                           | DONE             | DONE             |
     * | G8-A2    | IN_PROGRESS 2023-02-01, DONE 2023-11-01   | IN_PROGRESS      | DONE             |
     * | G8-A3    | never                                     | PLANNED          | PLANNED          |
     * June: 1/3 = 33.3 %, day 181 of 365 → pro-rata 100 × 181/365 = 49.6 % → AT_RISK.
     * December: 2/3 = 66.7 % → NOT_MET.
     */
    private final List<ActivityStatusChange> reports = List.of(
            new ActivityStatusChange("G8-A1", LocalDate.of(2023, 3, 1), 1, DONE, "done"),
            new ActivityStatusChange("G8-A2", LocalDate.of(2023, 2, 1), 1, IN_PROGRESS, null),
            new ActivityStatusChange("G8-A2", LocalDate.of(2023, 11, 1), 2, DONE, null));

    @Test
    void the_share_of_activities_done_as_of_june() {
        GoalResult result = evaluator.evaluate(g8, Nordjylland.facts("2023-06-30", reports));

        assertThat(result.numerator()).isEqualTo(1);
        assertThat(result.denominator()).isEqualTo(3);
        assertThat(result.actual()).isEqualTo(Fraction.of(100, 3));
        assertThat(result.status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(result.activities()).extracting(ActivityProgress::id, ActivityProgress::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("G8-A1", DONE),
                        org.assertj.core.groups.Tuple.tuple("G8-A2", IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("G8-A3", PLANNED));
        assertThat(result.activities().get(0).title()).startsWith("Bidrage til at udmønte");
    }

    @Test
    void the_year_ended_with_two_of_three_done() {
        GoalResult result = evaluator.evaluate(g8, Nordjylland.facts("2023-12-31", reports));

        assertThat(result.actual()).isEqualTo(Fraction.of(200, 3));
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(200, 3));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
    }

    @Test
    void all_done_meets_the_goal_before_the_year_ends() {
        List<ActivityStatusChange> allDone = List.of(
                new ActivityStatusChange("G8-A1", LocalDate.of(2023, 3, 1), 1, DONE, null),
                new ActivityStatusChange("G8-A2", LocalDate.of(2023, 4, 1), 1, DONE, null),
                new ActivityStatusChange("G8-A3", LocalDate.of(2023, 5, 1), 1, DONE, null));

        assertThat(evaluator.evaluate(g8, Nordjylland.facts("2023-06-30", allDone)).status()).isEqualTo(GoalStatus.MET);
    }
}
