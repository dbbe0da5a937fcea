package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * The detail of one goal; only the fields that fit the goal are present.
 * <ul>
 *   <li>goal 11 counts: byMunicipality, byCategory, byTheme, byMonth</li>
 *   <li>goal 2: guidedCompanies, companiesOutsideMunicipalities, municipalities, municipalityGroups, ruralUrban</li>
 *   <li>goal 1: guidedCompanies, evaluatedCompanies, newCompanies, returningCompanies</li>
 *   <li>goal 5: coursesInYear, wheelUsedCourses, greenTransitionCourses, greenTransitionCoursesWithWheel,
 *       greenTransitionWheelShare (percent), selfHelpActivity</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakdowns(
        List<CountEntry> byMunicipality,
        List<CountEntry> byCategory,
        List<CountEntry> byTheme,
        List<CountEntry> byMonth,
        Long guidedCompanies,
        Long companiesOutsideMunicipalities,
        List<MunicipalitySpreadEntry> municipalities,
        List<GroupEntry> municipalityGroups,
        List<GroupEntry> ruralUrban,
        Long evaluatedCompanies,
        Long newCompanies,
        Long returningCompanies,
        Long coursesInYear,
        Long wheelUsedCourses,
        Long greenTransitionCourses,
        Long greenTransitionCoursesWithWheel,
        BigDecimal greenTransitionWheelShare,
        ActivityEntry selfHelpActivity) {
}
