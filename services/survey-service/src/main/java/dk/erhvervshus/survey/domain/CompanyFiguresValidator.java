package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.CompanyFiguresReported;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns register figures (revenue and full-time equivalents of a company in a year) into
 * {@link CompanyFiguresReported} events, or names every bad field.
 *
 * <p>A delivery ({@link #validateDelivery}) is accepted whole or not at all: a later report for a
 * company and year replaces the earlier one, so applying half of a corrected delivery would mix
 * corrected and stale figures in the growth calculations of goal 6.
 */
public final class CompanyFiguresValidator {

    private final Clock clock;

    public CompanyFiguresValidator(Clock clock) {
        this.clock = clock;
    }

    public Validated<CompanyFiguresReported> validate(CompanyFiguresForm form) {
        Validation v = new Validation();
        CompanyFiguresReported figures = read(v, "", form, LocalDate.now(clock));
        return v.result(() -> figures);
    }

    /**
     * The items of {@code POST /company-figures}; errors name the item ({@code [3].fte}, or
     * {@code body} for a missing or empty array). The same company and year twice is an error,
     * since one of the two would silently win.
     */
    public Validated<List<CompanyFiguresReported>> validateDelivery(List<CompanyFiguresForm> items) {
        Validation v = new Validation();
        if (items == null || items.isEmpty()) {
            v.reject("body", "must be a JSON array with at least one {cvr, year, revenueDkk, fte}");
            return v.result(List::of);
        }
        LocalDate today = LocalDate.now(clock);
        List<CompanyFiguresReported> figures = new ArrayList<>(items.size());
        Map<String, Integer> firstIndexOfCompanyYear = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "[" + i + "].";
            CompanyFiguresReported item = read(v, prefix, items.get(i), today);
            if (item == null) {
                continue;
            }
            Integer earlier = firstIndexOfCompanyYear.putIfAbsent(item.cvr() + "/" + item.year(), i);
            if (earlier != null) {
                v.reject(prefix + "cvr", "CVR " + item.cvr() + " has figures for " + item.year()
                        + " twice in this delivery (also item " + earlier + ")");
            }
            figures.add(item);
        }
        return v.result(() -> List.copyOf(figures));
    }

    private static CompanyFiguresReported read(Validation v, String prefix, CompanyFiguresForm form, LocalDate today) {
        if (form == null) {
            v.reject(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "must be an object {cvr, year, revenueDkk, fte}");
            return null;
        }
        int errorsBefore = v.errors().size();
        String cvr = v.requiredCvr(prefix + "cvr", form.cvr());
        Integer year = v.requiredYear(prefix + "year", form.year(), today);
        BigDecimal revenue = v.requiredNonNegativeDecimal(prefix + "revenueDkk", form.revenueDkk());
        BigDecimal fte = v.requiredNonNegativeDecimal(prefix + "fte", form.fte());
        if (v.errors().size() > errorsBefore) {
            return null;
        }
        return new CompanyFiguresReported(cvr, year, revenue, fte);
    }
}
