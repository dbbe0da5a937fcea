package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.NewCompanyBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Goal 1's population of new and returning companies. */
@Schema(description = "Goal 1, new companies (NEW_COMPANY_SHARE): evaluatedCompanies (the denominator) are the companies "
        + "guided in the year with a course enrolled in the user evaluation; newCompanies had no course of the house "
        + "in the year before",
        requiredProperties = {"guidedCompanies", "evaluatedCompanies", "newCompanies", "returningCompanies"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewCompanyBreakdownView(
        long guidedCompanies,
        long evaluatedCompanies,
        long newCompanies,
        long returningCompanies) implements BreakdownView {

    static NewCompanyBreakdownView of(NewCompanyBreakdown b) {
        return new NewCompanyBreakdownView(b.guidedCompanies(), b.evaluatedCompanies(), b.newCompanies(),
                b.returningCompanies());
    }
}
