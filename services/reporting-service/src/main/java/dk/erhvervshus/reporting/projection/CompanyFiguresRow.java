package dk.erhvervshus.reporting.projection;

import java.math.BigDecimal;

/** A row of {@code company_figures}: the latest report of a company's figures for a year. */
public record CompanyFiguresRow(String cvr, int year, BigDecimal revenueDkk, BigDecimal fte, long lastVersion) implements FactRow {
}
