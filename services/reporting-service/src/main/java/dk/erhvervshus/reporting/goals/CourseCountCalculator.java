package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/** Goal 11's course counts: courses started in Y whose category is one of the {@code categories} parameter. */
public final class CourseCountCalculator implements GoalCalculator {

    static final String CATEGORIES = "categories";

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        List<GuidanceCategory> categories = goal.stringListParameter(CATEGORIES).stream()
                .map(GuidanceCategory::valueOf)
                .toList();
        if (categories.isEmpty()) {
            throw new IllegalStateException("goal " + goal.id() + " lacks parameter " + CATEGORIES);
        }
        List<GuidedCourse> counted = inCategories(facts.coursesStartedInYear(), categories);
        return Measurement.count(counted.size())
                .withBreakdown(CourseBreakdowns.ofCourses(facts.house(), facts.period().year(), counted,
                        inCategories(facts.coursesStartedInPreviousYear(), categories), categories));
    }

    private static List<GuidedCourse> inCategories(List<GuidedCourse> courses, List<GuidanceCategory> categories) {
        return courses.stream().filter(c -> categories.contains(c.category())).toList();
    }
}
