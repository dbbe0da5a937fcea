package dk.erhvervshus.e2e.chaos;

import java.math.BigDecimal;

/**
 * A company's register figures for a year. A report equal in value to the latest ({@code 12.50} is
 * {@code 12.5}) is "unchanged"; any other is one more version of the stream figures:cvr:year.
 */
record CompanyFigures(String cvr, int year, BigDecimal revenueDkk, BigDecimal fte, long version) {

    CompanyFigures reportedAgain(CompanyFigures report) {
        boolean same = report.revenueDkk.compareTo(revenueDkk) == 0 && report.fte.compareTo(fte) == 0;
        return same ? this : new CompanyFigures(cvr, year, report.revenueDkk, report.fte, version + 1);
    }

    String key() {
        return cvr + ":" + year;
    }

    String aggregateId() {
        return "figures:" + cvr + ":" + year;
    }
}
