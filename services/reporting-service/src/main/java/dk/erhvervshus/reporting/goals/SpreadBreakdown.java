package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * Goal 2's detail. {@code companiesOutsideMunicipalities} counts guided companies whose courses name
 * no municipality of the house: they are in the denominator but in no municipality.
 * {@code byMonthEnd} is how many municipalities met their threshold at each month's end of the
 * year, the courses counted as they started; {@code previousYearByMonthEnd} the same of the year
 * before (the burn-up chart's two curves).
 */
public record SpreadBreakdown(
        long guidedCompanies,
        long companiesOutsideMunicipalities,
        List<MunicipalityVerdict> municipalities,
        List<GroupShare> municipalityGroups,
        List<GroupShare> ruralUrban,
        List<KeyedCount> byMonthEnd,
        List<KeyedCount> previousYearByMonthEnd) implements GoalBreakdown {
}
