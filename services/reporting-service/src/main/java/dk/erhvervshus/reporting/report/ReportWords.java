package dk.erhvervshus.reporting.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The report's Danish words for the API's codes: statuses, units, the fulfilment sentence and the
 * codes inside breakdowns. The words of statuses, units and codes are the dashboard's
 * ({@link Words}), so the page and the report name a code alike. A code without a word is shown
 * as it is, never dropped.
 */
final class ReportWords {

    private static final Map<String, String> STATUS = Words.DANISH.status();
    private static final Map<String, String> UNIT = Words.DANISH.units();
    private static final Map<String, String> CODES = Words.DANISH.codes();

    private static final String NO_FULFILMENT = "Ingen data endnu";

    private ReportWords() {
    }

    static String status(String code) {
        return STATUS.getOrDefault(code, code);
    }

    static String unit(String code) {
        return UNIT.getOrDefault(code, code);
    }

    static String code(String code) {
        return code == null ? "" : CODES.getOrDefault(code, code);
    }

    /** A value with its unit for reading: {@code 62,5 %}, {@code 11}, {@code 70 NPS}, {@code 10 %-point}; empty without a value. */
    static String withUnit(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = DanishNumbers.text(value);
        return switch (unit) {
            case "PERCENT" -> number + " %";
            case "COUNT" -> number;
            // The short form fits a table's column; the unit's name is in the CSV and the goal's text.
            case "PERCENTAGE_POINTS" -> number + " %-point";
            default -> number + " " + unit(unit);
        };
    }

    /**
     * "Målet er X % opfyldt", X being the API's {@code fulfilmentPercent}: for an at-least goal with a
     * target above 0 the actual's share of the target (at most 100, at least 0); for any other goal
     * (more than, or a target of 0) 100 when met and 0 when not. A goal without data has no
     * fulfilment: the sentence names the feed it waits for.
     */
    static String fulfilment(BigDecimal fulfilmentPercent, String awaitingFeed) {
        if (fulfilmentPercent == null) {
            return awaitingFeed == null || awaitingFeed.isBlank()
                    ? NO_FULFILMENT
                    : NO_FULFILMENT + " (afventer " + awaitingFeed + ")";
        }
        return "Målet er " + DanishNumbers.text(fulfilmentPercent) + " % opfyldt";
    }

    /** The fulfilment sentence of a summary row: without data, the feed it waits for is left to the goal's section. */
    static String shortFulfilment(BigDecimal fulfilmentPercent) {
        return fulfilment(fulfilmentPercent, null);
    }
}
