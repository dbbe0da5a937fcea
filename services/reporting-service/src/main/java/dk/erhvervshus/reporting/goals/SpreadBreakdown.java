package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * Goal 2's detail. {@code companiesOutsideMunicipalities} counts guided companies whose courses name
 * no municipality of the house: they are in the denominator but in no municipality.
 */
public record SpreadBreakdown(
        long guidedCompanies,
        long companiesOutsideMunicipalities,
        List<MunicipalityVerdict> municipalities,
        List<GroupShare> municipalityGroups,
        List<GroupShare> ruralUrban) implements GoalBreakdown {
}
