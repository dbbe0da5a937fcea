package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET .../municipalities}. {@code guidedCompanies} is the house's total (the denominator of
 * actualShare); companies whose courses name no municipality of the house are counted apart, and so
 * are referrals that can be placed in none.
 */
@Schema(description = "The house's municipalities for the quarterly meetings with each local business office: "
        + "companies and courses of the year against the funding key, courses by category and theme, and referrals "
        + "in and out")
public record MunicipalitiesResponse(
        String house,
        int year,
        LocalDate asOf,
        @Schema(description = GoalsResponse.KNOWN_AT) Instant knownAt,
        Instant computedAt,
        long guidedCompanies,
        long companiesOutsideMunicipalities,
        List<MunicipalityEntry> municipalities,
        @Schema(description = "inbound referrals of the year that name no municipality and whose company had no "
                + "course of the year, or its first one outside the house's municipalities")
        ReferralOutcomesEntry unplacedReferralsIn,
        @Schema(description = "outbound referrals of the year placed in no municipality, as unplacedReferralsIn")
        ReferralOutcomesEntry unplacedReferralsOut) {
}
