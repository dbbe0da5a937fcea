package dk.erhvervshus.reporting.goals;

/**
 * Goal 1's population: {@code evaluatedCompanies} (the denominator) are the companies guided in the
 * year with at least one course enrolled in the user evaluation; {@code newCompanies} had no course
 * of the house in the year before.
 */
public record NewCompanyBreakdown(
        long guidedCompanies,
        long evaluatedCompanies,
        long newCompanies,
        long returningCompanies) implements GoalBreakdown {
}
