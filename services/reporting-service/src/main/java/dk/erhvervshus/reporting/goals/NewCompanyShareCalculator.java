package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * G1-NEW-COMPANIES: of the companies guided in Y that are enrolled in the user evaluation on at
 * least one of their Y courses, the share that had no course of the same house started in Y−1.
 * Only the evaluated companies count because the contract measures the goal on the evaluation's
 * population.
 */
public final class NewCompanyShareCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        Set<String> guided = Companies.of(facts.coursesStartedInYear());
        Set<String> evaluated = facts.coursesStartedInYear().stream()
                .filter(GuidedCourse::enrolledInEvaluation)
                .map(GuidedCourse::cvr)
                .collect(Collectors.toSet());
        Set<String> guidedYearBefore = Companies.of(facts.coursesStartedInPreviousYear());
        long newCompanies = evaluated.stream().filter(cvr -> !guidedYearBefore.contains(cvr)).count();
        return Measurement.share(newCompanies, evaluated.size(), Accrual.SHARE)
                .withBreakdown(new NewCompanyBreakdown(
                        guided.size(), evaluated.size(), newCompanies, evaluated.size() - newCompanies));
    }
}
