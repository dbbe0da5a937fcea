package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.validation.Validated;
import dk.erhvervshus.validation.Validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns register figures (revenue and full-time equivalents of a company in a year) into
 * {@link CompanyFiguresReported} events, or names every bad field.
 *
 * <p>A delivery is judged item by item ({@link #validateEach}): each company-year is a fact of its
 * own that replaces only the earlier report of the same company and year, so a valid item is not
 * held back by a bad one (the v1 contract: valid rows are not lost because of bad ones). The one rule that
 * spans items is that a company-year may appear once: with two, one would silently win.
 */
public final class CompanyFiguresValidator {

    private final Clock clock;

    public CompanyFiguresValidator(Clock clock) {
        this.clock = clock;
    }

    public Validated<CompanyFiguresReported> validate(CompanyFiguresForm form) {
        Validation v = new Validation(clock);
        CompanyFiguresReported figures = read(v, form);
        return v.result(() -> figures);
    }

    /**
     * Each item of {@code POST /company-figures}, in order, with field names relative to the item
     * ({@code fte}). Every item of a company-year that appears more than once is rejected, naming
     * the other rows (numbered from 1, as in the answer), since neither can be known to be right.
     */
    public List<Validated<CompanyFiguresReported>> validateEach(List<CompanyFiguresForm> items) {
        List<Validation> validations = new ArrayList<>(items.size());
        List<CompanyFiguresReported> figures = new ArrayList<>(items.size());
        Map<String, List<Integer>> rowsOfCompanyYear = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Validation v = new Validation(clock);
            CompanyFiguresReported item = read(v, items.get(i));
            validations.add(v);
            figures.add(item);
            if (item != null) {
                rowsOfCompanyYear.computeIfAbsent(item.cvr() + "/" + item.year(), key -> new ArrayList<>()).add(i + 1);
            }
        }
        List<Validated<CompanyFiguresReported>> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CompanyFiguresReported item = figures.get(i);
            Validation v = validations.get(i);
            if (item != null) {
                List<Integer> rows = rowsOfCompanyYear.get(item.cvr() + "/" + item.year());
                if (rows.size() > 1) {
                    v.reject("cvr", "CVR " + item.cvr() + " has figures for " + item.year()
                            + " more than once in this delivery (rows " + rows.stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + "); send one");
                }
            }
            results.add(v.result(() -> item));
        }
        return results;
    }

    private static CompanyFiguresReported read(Validation v, CompanyFiguresForm form) {
        if (form == null) {
            v.reject("body", "must be an object {cvr, year, revenueDkk, fte}");
            return null;
        }
        String cvr = v.requiredCvr("cvr", form.cvr());
        Integer year = v.requiredYear("year", form.year());
        BigDecimal revenue = v.requiredNonNegativeDecimal("revenueDkk", form.revenueDkk());
        BigDecimal fte = v.requiredNonNegativeDecimal("fte", form.fte());
        if (v.hasErrors()) {
            return null;
        }
        return new CompanyFiguresReported(cvr, year, revenue, fte);
    }
}
