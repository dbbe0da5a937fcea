package dk.erhvervshus.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET .../municipalities}. {@code guidedCompanies} is the house's total (the denominator of
 * actualShare); companies whose courses name no municipality of the house are counted apart.
 */
public record MunicipalitiesResponse(
        String house,
        int year,
        LocalDate asOf,
        Instant computedAt,
        long guidedCompanies,
        long companiesOutsideMunicipalities,
        List<MunicipalityEntry> municipalities) {
}
