package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/** G11-UNIQUE-COMPANIES: the distinct CVRs guided in Y. */
public final class UniqueCompaniesCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        List<GuidedCourse> courses = facts.coursesStartedInYear();
        return Measurement.count(Companies.of(courses).size())
                .withBreakdown(CourseBreakdowns.ofCompanies(facts.house(), facts.period().year(), courses,
                        facts.coursesStartedInPreviousYear(), List.of(GuidanceCategory.values())));
    }
}
