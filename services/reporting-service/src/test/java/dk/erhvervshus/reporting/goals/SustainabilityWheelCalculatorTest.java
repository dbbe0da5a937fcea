package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshus.contracts.codes.Theme.DIGITALISATION;
import static dk.erhvervshus.contracts.codes.Theme.GREEN_TRANSITION;
import static dk.erhvervshus.contracts.codes.Theme.INNOVATION;
import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static org.assertj.core.api.Assertions.assertThat;

class SustainabilityWheelCalculatorTest {

    private final GoalDefinition g5 = Nordjylland.goal("G5-SUSTAINABILITY-WHEEL");
    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final List<ActivityStatusChange> selfHelpDoneInSeptember = List.of(
            new ActivityStatusChange("G5-A1", LocalDate.of(2023, 9, 14), 1, ActivityStatus.DONE, "on the website"));

    /*
     * | course | wheel | themes                         |
     * | 1      | yes   | GREEN_TRANSITION               |
     * | 2      | no    | GREEN_TRANSITION, DIGITALISATION |
     * | 3      | yes   | INNOVATION                     |
     * | 4      | no    | GREEN_TRANSITION               |
     * | 5      | yes   | GREEN_TRANSITION, retracted    |
     * wheel used in 2 courses; 3 green courses, 1 of them with the wheel = 33.3 %.
     */
    private GoalFacts table(String asOf, List<ActivityStatusChange> activities) {
        return Nordjylland.facts(asOf, activities,
                company("A").wheelUsed().themes(GREEN_TRANSITION),
                company("B").themes(GREEN_TRANSITION, DIGITALISATION),
                company("C").wheelUsed().themes(INNOVATION),
                company("D").themes(GREEN_TRANSITION),
                company("E").wheelUsed().themes(GREEN_TRANSITION).retracted());
    }

    /** The courses with the wheel by each month's end: May, then September; a retracted one and one without never count. */
    @Test
    void each_month_end_counts_the_courses_with_the_wheel_started_by_then() {
        GoalResult result = evaluator.evaluate(g5, Nordjylland.facts("2023-12-31", selfHelpDoneInSeptember,
                company("A").wheelUsed().startedOn("2023-05-10"),
                company("B").startedOn("2023-06-01"),
                company("C").wheelUsed().startedOn("2023-09-30"),
                company("D").wheelUsed().startedOn("2023-07-01").retracted(),
                company("E").wheelUsed().startedOn("2022-03-01")));

        WheelBreakdown wheel = (WheelBreakdown) result.breakdown();
        assertThat(wheel.byMonthEnd()).extracting(KeyedCount::count)
                .containsExactly(0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L);
        assertThat(wheel.previousYearByMonthEnd()).extracting(KeyedCount::count)
                .containsExactly(0L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void met_when_the_wheel_was_used_and_the_self_help_activity_is_done() {
        GoalResult result = evaluator.evaluate(g5, table("2023-12-31", selfHelpDoneInSeptember));

        assertThat(result.actual()).isEqualTo(Fraction.of(2));
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(100));
        assertThat(result.criteria()).containsExactly(
                new Criterion("wheelUsedInCourses", true), new Criterion("selfHelpActivityDone", true));
        WheelBreakdown wheel = (WheelBreakdown) result.breakdown();
        assertThat(wheel.coursesInYear()).isEqualTo(4);
        assertThat(wheel.wheelUsedCourses()).isEqualTo(2);
        assertThat(wheel.greenTransitionCourses()).isEqualTo(3);
        assertThat(wheel.greenTransitionCoursesWithWheel()).isEqualTo(1);
        assertThat(wheel.greenTransitionWheelShare()).isEqualTo(Fraction.of(100, 3));
        assertThat(wheel.selfHelpActivity().status()).isEqualTo(ActivityStatus.DONE);
        assertThat(result.activities()).extracting(ActivityProgress::id).containsExactly("G5-A1");
    }

    @Test
    void each_satisfied_criterion_is_worth_half_the_fulfilment() {
        // In June the activity is not reported yet: the wheel criterion alone holds.
        GoalResult june = evaluator.evaluate(g5, table("2023-06-30", selfHelpDoneInSeptember));
        assertThat(june.fulfilmentPercent()).isEqualTo(Fraction.of(50));
        assertThat(june.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(june.activities().get(0).status()).isEqualTo(ActivityStatus.PLANNED);

        // The year ended without the activity: not met, still 50 %.
        GoalResult ended = evaluator.evaluate(g5, table("2023-12-31", List.of()));
        assertThat(ended.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(ended.fulfilmentPercent()).isEqualTo(Fraction.of(50));

        // The activity done but the wheel never used: 50 %, not met.
        GoalResult noWheel = evaluator.evaluate(g5, Nordjylland.facts("2023-12-31", selfHelpDoneInSeptember,
                company("A").themes(GREEN_TRANSITION)));
        assertThat(noWheel.fulfilmentPercent()).isEqualTo(Fraction.of(50));
        assertThat(noWheel.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(((WheelBreakdown) noWheel.breakdown()).greenTransitionWheelShare()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void without_green_courses_the_green_share_is_absent() {
        GoalResult result = evaluator.evaluate(g5, Nordjylland.facts("2023-12-31", company("A").wheelUsed()));

        assertThat(((WheelBreakdown) result.breakdown()).greenTransitionWheelShare()).isNull();
    }
}
