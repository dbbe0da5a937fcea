package dk.erhvervshus.survey.api;

import java.math.BigDecimal;

/**
 * The form's text of a JSON value that Jackson has already read with its declared type. The forms
 * are text because the CSV export feeds the same validators; the JSON API is typed, so a number
 * where a text belongs (or the reverse) is refused by the JSON reader, naming the field, before it
 * gets here.
 */
final class JsonValues {

    private JsonValues() {
    }

    static String text(Long number) {
        return number == null ? null : number.toString();
    }

    static String text(Boolean flag) {
        return flag == null ? null : flag.toString();
    }

    /** Exactly as sent; scientific notation stays short ({@code 1E+999999999}), the validator judges its size. */
    static String text(BigDecimal number) {
        return number == null ? null : number.toString();
    }
}
