package dk.erhvervshus.reporting.report;

import java.math.BigDecimal;

/**
 * Numbers as a Danish reader writes them: a decimal comma, and in running text a dot between
 * thousands ({@code 1.234,5}). The values arrive rounded by the goals API (one decimal, half up), so
 * nothing is rounded here: the report shows exactly the API's digits.
 */
final class DanishNumbers {

    private DanishNumbers() {
    }

    /** For reading: thousands grouped ({@code 12.345,6}); null is empty. */
    static String text(BigDecimal value) {
        return format(value, true);
    }

    /** For a spreadsheet cell: no grouping, so every spreadsheet reads it as one number ({@code 12345,6}). */
    static String cell(BigDecimal value) {
        return format(value, false);
    }

    static String text(long value) {
        return text(BigDecimal.valueOf(value));
    }

    private static String format(BigDecimal value, boolean grouped) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }
}
