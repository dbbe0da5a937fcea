package dk.erhvervshus.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an input writes its dates: the parser and the examples a rejection shows. The APIs use
 * {@link #ISO}; a service whose files write dates otherwise (the Danish survey export) gives its own.
 *
 * @param parse    the date, or empty when the text is no accepted spelling of a real calendar date
 * @param examples e.g. "2023-03-01"
 */
public record DateSpelling(Function<String, Optional<LocalDate>> parse, String examples) {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** {@code 2023-03-01}: four-digit year, no sign, so no "+10000-01-01" or "-5000-01-01". */
    public static final DateSpelling ISO = new DateSpelling(DateSpelling::iso, "2023-03-01 (ISO 8601)");

    public static Optional<LocalDate> iso(String text) {
        Matcher m = ISO_DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return date(m.group(1), m.group(2), m.group(3));
    }

    /** A real calendar date from its digits, or empty (31 February). */
    public static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
