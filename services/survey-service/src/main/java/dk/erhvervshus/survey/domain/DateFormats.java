package dk.erhvervshus.survey.domain;

import dk.erhvervshus.validation.DateSpelling;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date spellings accepted on input: ISO-8601 ({@code 2023-05-02}, the API's form) and the
 * Danish day-first forms a spreadsheet export writes ({@code 02-05-2023}, {@code 02.05.2023},
 * also without leading zeros). The patterns cannot be confused: ISO starts with four digits.
 */
public final class DateFormats {

    public static final String ACCEPTED = "2023-05-02, 02-05-2023 or 02.05.2023";

    /** These spellings for the validation kit; its window (2000-01-01 to today) applies to each. */
    public static final DateSpelling SPELLING = new DateSpelling(DateFormats::parse, ACCEPTED);

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([.-])(\\d{1,2})\\2(\\d{4})");

    private DateFormats() {
    }

    /** The date, or empty when the text is no accepted spelling of a real calendar date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.matches()) {
            return DateSpelling.date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(trimmed);
        if (dayFirst.matches()) {
            return DateSpelling.date(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
        }
        return Optional.empty();
    }
}
