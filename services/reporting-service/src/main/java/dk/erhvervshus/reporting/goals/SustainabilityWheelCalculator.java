package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.ActivityDefinition;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * G5-SUSTAINABILITY-WHEEL: the number of courses in Y where the wheel was used, against the
 * catalogue's target. The goal has two conditions (the wheel used in courses, and the self-help
 * activity named by {@code selfHelpActivityId} done), so it is MET only when both hold and each
 * satisfied condition is worth 50 % fulfilment. The share of green-transition courses using the
 * wheel is shown, not judged.
 */
public final class SustainabilityWheelCalculator implements GoalCalculator {

    static final String SELF_HELP_ACTIVITY_ID = "selfHelpActivityId";
    static final String WHEEL_USED = "wheelUsedInCourses";
    static final String SELF_HELP_ACTIVITY_DONE = "selfHelpActivityDone";

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        List<GuidedCourse> courses = facts.coursesStartedInYear();
        long wheelUsed = courses.stream().filter(GuidedCourse::sustainabilityWheelUsed).count();
        long green = courses.stream().filter(c -> c.hasTheme(Theme.GREEN_TRANSITION)).count();
        long greenWithWheel = courses.stream()
                .filter(c -> c.hasTheme(Theme.GREEN_TRANSITION) && c.sustainabilityWheelUsed())
                .count();
        ActivityProgress selfHelp = facts.activities().progressOf(selfHelpActivity(goal));

        boolean wheelTargetReached = GoalStatusPolicy.reaches(Fraction.of(wheelUsed), Fraction.of(goal.target()), goal.comparison());
        return Measurement.count(wheelUsed)
                .withCriteria(List.of(
                        new Criterion(WHEEL_USED, wheelTargetReached),
                        new Criterion(SELF_HELP_ACTIVITY_DONE, selfHelp.isDone())))
                .withBreakdown(new WheelBreakdown(
                        courses.size(), wheelUsed, green, greenWithWheel,
                        green == 0 ? null : Fraction.percent(greenWithWheel, green),
                        selfHelp,
                        wheelUsedByMonthEnd(facts.period().year(), courses),
                        wheelUsedByMonthEnd(facts.period().year() - 1, facts.coursesStartedInPreviousYear())))
                .withActivities(facts.activities().progressOf(goal.activities()));
    }

    /** The courses with the wheel started by each month's end. */
    private static List<KeyedCount> wheelUsedByMonthEnd(int year, List<GuidedCourse> courses) {
        AtomicLong used = new AtomicLong();
        return MonthEnds.sweep(year, courses, course -> {
            if (course.sustainabilityWheelUsed()) {
                used.incrementAndGet();
            }
        }, used::get);
    }

    private static ActivityDefinition selfHelpActivity(GoalDefinition goal) {
        String id = goal.requiredString(SELF_HELP_ACTIVITY_ID);
        return goal.activities().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("goal " + goal.id() + " lists no activity " + id));
    }
}
