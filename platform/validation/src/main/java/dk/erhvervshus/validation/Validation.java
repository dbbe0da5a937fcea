package dk.erhvervshus.validation;

import dk.erhvervshus.contracts.codes.Cvr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every field error of one input before anything is decided, so a client fixes a bad
 * request (or a bad CSV row) in one round trip instead of one field at a time. Each reader takes the
 * raw value, returns the parsed value (or null when the field is absent or bad) and records what was
 * wrong. Every text first passes {@link TextRules}; every date and year the window of
 * {@link BusinessCalendar}.
 *
 * <p>Optional text has two policies, named by their readers: an API field that is sent blank is a
 * mistake ({@link #optionalTextRejectingBlank}), while in a spreadsheet export an empty cell is how
 * a missing answer is written ({@link #optionalTextBlankAsAbsent}).
 */
public final class Validation {

    /** Client-chosen ids travel in URLs and Kafka keys; ':' is reserved for composite aggregate ids. */
    public static final int MAX_ID = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_NUMBER_TEXT = 50;

    private final BusinessCalendar calendar;
    private final DateSpelling dates;
    private final List<FieldError> errors = new ArrayList<>();

    /** Dates spelled ISO-8601, as in the APIs. */
    public Validation(Clock clock) {
        this(clock, DateSpelling.ISO);
    }

    public Validation(Clock clock, DateSpelling dates) {
        this.calendar = new BusinessCalendar(clock);
        this.dates = dates;
    }

    public LocalDate today() {
        return calendar.today();
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Builds the value only when no field was rejected, since the parts are null otherwise. */
    public <T> Validated<T> result(Supplier<T> build) {
        return hasErrors() ? Validated.invalid(errors) : Validated.valid(build.get());
    }

    /** False (and the field rejected) when the text breaks {@link TextRules}. */
    public boolean acceptableText(String field, String value) {
        Optional<String> problem = TextRules.problemOf(value);
        problem.ifPresent(message -> reject(field, message));
        return problem.isEmpty();
    }

    // --- texts and ids ------------------------------------------------------------------------

    /** Trimmed text; absent or blank is an error. */
    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return boundedText(field, value, maxLength);
    }

    /** Trimmed text or null when absent; sent but blank is an error (leave the field out instead). */
    public String optionalTextRejectingBlank(String field, String value, int maxLength) {
        if (value == null || !acceptableText(field, value)) {
            return null;
        }
        if (value.isBlank()) {
            reject(field, "must not be blank when present");
            return null;
        }
        return boundedText(field, value, maxLength);
    }

    /** Trimmed text, or null when absent or blank (an empty cell is a missing answer). */
    public String optionalTextBlankAsAbsent(String field, String value, int maxLength) {
        // Judged before "blank": Java counts some control characters (U+001C-U+001F) as white space.
        if (value == null || !acceptableText(field, value) || value.isBlank()) {
            return null;
        }
        return boundedText(field, value, maxLength);
    }

    private String boundedText(String field, String value, int maxLength) {
        if (!acceptableText(field, value)) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return trimmed;
    }

    public static boolean isWellFormedId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** A client-chosen id: 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public String requiredId(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        if (!acceptableText(field, value)) {
            return null;
        }
        String id = value.strip();
        if (!isWellFormedId(id)) {
            reject(field, "'" + echo(id) + "' must be 1-" + MAX_ID
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit");
            return null;
        }
        return id;
    }

    // --- codes, answers, flags ----------------------------------------------------------------

    public Boolean requiredFlag(String field, Boolean value) {
        if (value == null) {
            reject(field, "is required (true or false)");
        }
        return value;
    }

    public <E extends Enum<E>> E requiredCode(String field, String value, Class<E> codes) {
        if (value == null || value.isBlank()) {
            reject(field, "is required; one of " + namesOf(codes));
            return null;
        }
        return optionalCode(field, value, codes);
    }

    public <E extends Enum<E>> E optionalCode(String field, String value, Class<E> codes) {
        if (value == null || !acceptableText(field, value)) {
            return null;
        }
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(value)) {
                return code;
            }
        }
        reject(field, "'" + echo(value) + "' is not one of " + namesOf(codes));
        return null;
    }

    /** At least one code, each known, none repeated; errors name the element ({@code themes[2]}). */
    public <E extends Enum<E>> List<E> requiredCodes(String field, List<String> values, Class<E> codes) {
        if (values == null || values.isEmpty()) {
            reject(field, "needs at least one of " + namesOf(codes));
            return null;
        }
        int max = codes.getEnumConstants().length;
        if (values.size() > max) {
            reject(field, "has " + values.size() + " entries; there are only " + max + " codes, each listed once");
            return null;
        }
        List<E> parsed = new ArrayList<>();
        Set<E> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < values.size(); i++) {
            String element = field + "[" + i + "]";
            E code = requiredCode(element, values.get(i), codes);
            if (code == null) {
                valid = false;
            } else if (!seen.add(code)) {
                reject(element, code + " is listed more than once");
                valid = false;
            } else {
                parsed.add(code);
            }
        }
        return valid ? List.copyOf(parsed) : null;
    }

    /** An answer from the scale; absent, blank or "no answer" spellings give null. */
    public <T> T optionalAnswer(String field, String value, AnswerScale<T> scale) {
        if (value != null && !acceptableText(field, value)) {
            return null;
        }
        if (scale.isMissingAnswer(value)) {
            return null;
        }
        T meaning = scale.find(value).orElse(null);
        if (meaning == null) {
            reject(field, "'" + echo(value.strip()) + "' is not one of " + scale.describe());
        }
        return meaning;
    }

    public <T> T requiredAnswer(String field, String value, AnswerScale<T> scale) {
        if (value != null && !acceptableText(field, value)) {
            return null;
        }
        if (scale.isMissingAnswer(value)) {
            reject(field, "is required; one of " + scale.describe());
            return null;
        }
        return optionalAnswer(field, value, scale);
    }

    // --- CVR numbers ----------------------------------------------------------------------------

    /** Eight digits, as written: a space or any other character is an error, nothing is stripped. */
    public String requiredCvr(String field, String value) {
        if (value == null || value.isEmpty()) {
            reject(field, "is required (8 digits)");
            return null;
        }
        if (!acceptableText(field, value)) {
            return null;
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            reject(field, "'" + echo(value) + "' must be exactly 8 digits, without spaces");
            return null;
        }
        if (!Cvr.hasEightDigits(value)) {
            reject(field, "'" + echo(value) + "' is not a CVR number: it must be exactly 8 digits");
            return null;
        }
        if (Cvr.isReserved(value)) {
            reject(field, "'" + value + "' is not a CVR number");
            return null;
        }
        if (!Cvr.isValid(value)) {
            reject(field, "'" + value + "' is not a valid CVR number (the modulus-11 check fails)");
            return null;
        }
        return value;
    }

    /**
     * 1 to {@code maxItems} valid CVR numbers, none repeated; errors name the element
     * ({@code treated[2]}). Returns null unless every element is valid.
     */
    public List<String> requiredCvrList(String field, List<String> values, int maxItems) {
        if (values == null || values.isEmpty()) {
            reject(field, "needs at least one CVR number");
            return null;
        }
        if (values.size() > maxItems) {
            reject(field, "may list at most " + maxItems + " CVR numbers, has " + values.size());
            return null;
        }
        List<String> cvrs = new ArrayList<>(values.size());
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < values.size(); i++) {
            String element = field + "[" + i + "]";
            String cvr = requiredCvr(element, values.get(i));
            if (cvr == null) {
                valid = false;
            } else if (!seen.add(cvr)) {
                reject(element, cvr + " is listed more than once");
                valid = false;
            } else {
                cvrs.add(cvr);
            }
        }
        return valid ? List.copyOf(cvrs) : null;
    }

    // --- numbers and years ----------------------------------------------------------------------

    /** A year that has begun: {@link BusinessCalendar#FIRST_YEAR} to this year (feeds report what happened). */
    public Integer requiredYear(String field, String value) {
        return year(field, value, calendar.thisYear(), "must not be in the future (it is " + calendar.thisYear() + ")");
    }

    /** A contract year: {@link BusinessCalendar#FIRST_YEAR} to next year (a contract is planned ahead). */
    public Integer requiredPlanningYear(String field, String value) {
        return year(field, value, calendar.lastPlanningYear(),
                "must be from " + BusinessCalendar.FIRST_YEAR + " to " + calendar.lastPlanningYear());
    }

    private Integer year(String field, String value, int last, String tooLate) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (a year, e.g. " + calendar.thisYear() + ")");
            return null;
        }
        Long year = wholeNumber(field, value, "a year, e.g. " + calendar.thisYear());
        if (year == null) {
            return null;
        }
        if (year > last) {
            reject(field, tooLate);
            return null;
        }
        if (year < BusinessCalendar.FIRST_YEAR) {
            reject(field, "must be " + BusinessCalendar.FIRST_YEAR + " or later");
            return null;
        }
        return year.intValue();
    }

    public Integer requiredInteger(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (a whole number from " + min + " to " + max + ")");
            return null;
        }
        return optionalInteger(field, value, min, max);
    }

    /** A whole number in [min, max], or null when absent or blank. */
    public Integer optionalInteger(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String range = "a whole number from " + min + " to " + max;
        Long number = wholeNumber(field, value, range);
        if (number == null) {
            return null;
        }
        if (number < min || number > max) {
            reject(field, "must be " + range + ", was " + number);
            return null;
        }
        return number.intValue();
    }

    private Long wholeNumber(String field, String value, String expected) {
        if (!acceptableText(field, value)) {
            return null;
        }
        String text = value.strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            reject(field, "'" + echo(text) + "' is not " + expected);
            return null;
        }
        return Long.parseLong(text);
    }

    /** A decimal number ≥ 0 such as {@code 1234567.5}; trailing zeros are dropped ({@code 12.50} → 12.5). */
    public BigDecimal requiredNonNegativeDecimal(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (a number ≥ 0, e.g. 1234567.5)");
            return null;
        }
        if (!acceptableText(field, value)) {
            return null;
        }
        String text = value.strip();
        BigDecimal number;
        try {
            // The text length bounds the digits; an exponent (1E+999999999) is judged by value below.
            number = text.length() > MAX_NUMBER_TEXT ? null : new BigDecimal(text).stripTrailingZeros();
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            reject(field, "'" + echo(text) + "' is not a number (use '.' for decimals, e.g. 1234567.5)");
            return null;
        }
        if (number.signum() < 0) {
            reject(field, "must not be negative");
            return null;
        }
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            reject(field, "must be below 10^" + MAX_INTEGER_DIGITS);
            return null;
        }
        if (number.scale() > MAX_DECIMALS) {
            reject(field, "must have at most " + MAX_DECIMALS + " decimals");
            return null;
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    // --- dates and instants ---------------------------------------------------------------------

    /** A business date: from {@link BusinessCalendar#FIRST_DATE} to today. */
    public LocalDate requiredDate(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (a date, e.g. " + dates.examples() + ")");
            return null;
        }
        return optionalDate(field, value);
    }

    public LocalDate optionalDate(String field, String value) {
        return optionalDateWithin(field, value, BusinessCalendar.FIRST_DATE, calendar.today());
    }

    /** A date in [earliest, latest], or null when absent; blank is judged as absent. */
    public LocalDate optionalDateWithin(String field, String value, LocalDate earliest, LocalDate latest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!acceptableText(field, value)) {
            return null;
        }
        LocalDate date = value.length() > MAX_NUMBER_TEXT ? null : dates.parse().apply(value).orElse(null);
        if (date == null) {
            reject(field, "'" + echo(value.strip()) + "' is not a date; write e.g. " + dates.examples());
            return null;
        }
        return within(field, date, earliest, latest) ? date : null;
    }

    /**
     * An ISO-8601 instant ({@code 2023-02-01T09:00:00Z}) whose date in the houses' zone is a
     * business date; null when absent.
     */
    public Instant optionalInstant(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!acceptableText(field, value)) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() > MAX_NUMBER_TEXT ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null) {
            reject(field, "'" + echo(value) + "' is not an ISO-8601 instant (e.g. 2023-02-01T09:00:00Z)");
            return null;
        }
        LocalDate date = LocalDate.ofInstant(instant, calendar.zone());
        return within(field, date, BusinessCalendar.FIRST_DATE, calendar.today()) ? instant : null;
    }

    private boolean within(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date.isAfter(latest)) {
            reject(field, latest.equals(calendar.today())
                    ? "must not be after today (" + latest + ")" : "must not be after " + latest);
            return false;
        }
        if (date.isBefore(earliest)) {
            reject(field, "must not be before " + earliest);
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> String namesOf(Class<E> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** How a rejected value is quoted back: abbreviated. */
    public static String echo(String value) {
        return TextRules.abbreviate(value);
    }
}
