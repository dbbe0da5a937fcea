package dk.erhvervshus.reporting.api;

import java.math.BigDecimal;

/** One municipality of the house: companies guided there in the year against its funding-key share (percent units). */
public record MunicipalityEntry(
        String code,
        String name,
        String group,
        long guidedCompanies,
        long courses,
        BigDecimal keyShare,
        BigDecimal actualShare) {
}
