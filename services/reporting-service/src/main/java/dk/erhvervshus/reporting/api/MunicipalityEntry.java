package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** One municipality of the house: companies guided there in the year against its funding-key share (percent units). */
public record MunicipalityEntry(
        String code,
        String name,
        String group,
        long guidedCompanies,
        long courses,
        BigDecimal keyShare,
        BigDecimal actualShare,
        @Schema(description = "the year's courses started in the municipality by guidance category; every category "
                + "is listed, 0 where none")
        List<CountEntry> coursesByCategory,
        @Schema(description = "the year's courses started in the municipality by theme; a course counts once under "
                + "each of its themes, so these can add up to more than courses; every theme is listed, 0 where none")
        List<CountEntry> coursesByTheme,
        @Schema(description = "inbound referrals (to the house) of the year, by the outcome reported by asOf. A "
                + "referral counts in the municipality it names; one that names none counts in the municipality of its "
                + "company's first course of the year (earliest start, then course id)")
        ReferralOutcomesEntry referralsIn,
        @Schema(description = "outbound referrals (from the house) of the year, placed as referralsIn")
        ReferralOutcomesEntry referralsOut) {
}
