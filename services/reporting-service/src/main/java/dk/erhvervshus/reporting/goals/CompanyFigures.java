package dk.erhvervshus.reporting.goals;

import java.math.BigDecimal;

/** A company's register figures for a year (the latest report); a value may be null when not reported. */
public record CompanyFigures(String cvr, int year, BigDecimal revenueDkk, BigDecimal fte) {
}
