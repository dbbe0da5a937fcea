package dk.erhvervshus.contracts.survey;

import java.math.BigDecimal;

/**
 * A company's revenue and full-time equivalents (årsværk) for a year. A later report for the same
 * company and year replaces the earlier one (register data get corrected).
 */
public record CompanyFiguresReported(String cvr, int year, BigDecimal revenueDkk, BigDecimal fte)
        implements CompanyFiguresEvent {
}
