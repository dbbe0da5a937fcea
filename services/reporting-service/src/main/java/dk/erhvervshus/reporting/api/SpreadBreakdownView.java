package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.SpreadBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Goal 2: each municipality against its funding-key share, and the same summed per group. */
@Schema(description = "Goal 2 (GEOGRAPHIC_SPREAD): each municipality of the house against its funding-key share, and "
        + "the same per municipality group and rural vs urban. companiesOutsideMunicipalities are guided companies "
        + "whose courses name no municipality of the house: in the denominator, in no municipality. "
        + BreakdownView.MONTH_ENDS + ": the municipalities meeting their threshold, the courses counted as they started",
        requiredProperties = {"guidedCompanies", "companiesOutsideMunicipalities", "municipalities",
                "municipalityGroups", "ruralUrban", "byMonthEnd", "previousYearByMonthEnd"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpreadBreakdownView(
        long guidedCompanies,
        long companiesOutsideMunicipalities,
        List<MunicipalitySpreadEntry> municipalities,
        List<GroupEntry> municipalityGroups,
        List<GroupEntry> ruralUrban,
        List<CountEntry> byMonthEnd,
        List<CountEntry> previousYearByMonthEnd) implements BreakdownView {

    static SpreadBreakdownView of(SpreadBreakdown b) {
        return new SpreadBreakdownView(b.guidedCompanies(), b.companiesOutsideMunicipalities(),
                b.municipalities().stream().map(MunicipalitySpreadEntry::of).toList(),
                GroupEntry.ofAll(b.municipalityGroups()), GroupEntry.ofAll(b.ruralUrban()),
                CountEntry.ofAll(b.byMonthEnd()), CountEntry.ofAll(b.previousYearByMonthEnd()));
    }
}
