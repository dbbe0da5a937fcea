package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.Cvr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects every field error of one input before anything is decided, so a client fixes a bad
 * request (or a bad CSV row) in one round trip instead of one field at a time. Each reader takes
 * the raw text, returns the parsed value (or null when the field is absent or bad) and records
 * what was wrong.
 *
 * <p>Blank optional text counts as absent, because in the survey export an empty cell is how a
 * missing answer is written, and the JSON API should not be stricter than the file.
 */
public final class Validation {

    /** No feed of this project goes back further; an earlier year or date is a typo. */
    public static final int FIRST_YEAR = 2000;

    /** Ids travel in URLs and Kafka keys; ':' is reserved for composite aggregate ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 6;

    private final List<FieldError> errors = new ArrayList<>();

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Builds the value only when no field was rejected, since the parts are null otherwise. */
    public <T> Validated<T> result(Supplier<T> build) {
        return hasErrors() ? Validated.invalid(errors) : Validated.valid(build.get());
    }

    /** A client-chosen id: 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public String requiredId(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        String id = value.strip();
        if (!ID.matcher(id).matches()) {
            reject(field, "'" + abbreviate(id)
                    + "' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
            return null;
        }
        return id;
    }

    /** Trimmed text; absent or blank is an error. */
    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return boundedText(field, value, maxLength);
    }

    /** Trimmed text, or null when absent or blank. */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return boundedText(field, value, maxLength);
    }

    private String boundedText(String field, String value, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return trimmed;
    }

    public String requiredCvr(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (8 digits)");
            return null;
        }
        return cvr(field, value.strip());
    }

    private String cvr(String field, String cvr) {
        if (!Cvr.hasEightDigits(cvr)) {
            reject(field, "'" + abbreviate(cvr) + "' is not a CVR number: it must be exactly 8 digits");
            return null;
        }
        if (!Cvr.passesModulus11(cvr)) {
            reject(field, "'" + cvr + "' is not a valid CVR number (the modulus-11 check fails)");
            return null;
        }
        return cvr;
    }

    /**
     * A non-empty list of valid CVR numbers, none repeated; errors name the element
     * ({@code treated[2]}). Returns null unless every element is valid.
     */
    public List<String> requiredCvrList(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            reject(field, "needs at least one CVR number");
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

    /** A calendar year from {@link #FIRST_YEAR} to this year: feeds report what has happened. */
    public Integer requiredYear(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (a year, e.g. " + today.getYear() + ")");
            return null;
        }
        Long year = wholeNumber(field, value, "a year, e.g. " + today.getYear());
        if (year == null) {
            return null;
        }
        if (year > today.getYear()) {
            reject(field, "must not be in the future (it is " + today.getYear() + ")");
            return null;
        }
        if (year < FIRST_YEAR) {
            reject(field, "must be " + FIRST_YEAR + " or later");
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
        String text = value.strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            reject(field, "'" + abbreviate(text) + "' is not " + expected);
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
        String text = value.strip();
        BigDecimal number;
        try {
            number = new BigDecimal(text).stripTrailingZeros();
        } catch (NumberFormatException e) {
            reject(field, "'" + abbreviate(text) + "' is not a number (use '.' for decimals, e.g. 1234567.5)");
            return null;
        }
        if (number.signum() < 0) {
            reject(field, "must not be negative");
            return null;
        }
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            reject(field, "must be below 10^" + MAX_INTEGER_DIGITS);
            return null;
        }
        if (number.scale() > MAX_DECIMALS) {
            reject(field, "must have at most " + MAX_DECIMALS + " decimals");
            return null;
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** A date that is neither after {@code today} nor before {@link #FIRST_YEAR}. */
    public LocalDate requiredDate(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (a date, e.g. " + DateFormats.ACCEPTED + ")");
            return null;
        }
        return optionalDate(field, value, today);
    }

    public LocalDate optionalDate(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = DateFormats.parse(value).orElse(null);
        if (date == null) {
            reject(field, "'" + abbreviate(value.strip()) + "' is not a date; write e.g. " + DateFormats.ACCEPTED);
            return null;
        }
        if (date.isAfter(today)) {
            reject(field, "must not be after today (" + today + ")");
            return null;
        }
        if (date.getYear() < FIRST_YEAR) {
            reject(field, "must not be before " + FIRST_YEAR + "-01-01");
            return null;
        }
        return date;
    }

    /** An answer or code from the vocabulary; absent, blank or "no answer" spellings give null. */
    public <T> T optionalAnswer(String field, String value, Vocabulary<T> vocabulary) {
        if (vocabulary.isMissingAnswer(value)) {
            return null;
        }
        T meaning = vocabulary.find(value).orElse(null);
        if (meaning == null) {
            reject(field, "'" + abbreviate(value.strip()) + "' is not one of " + vocabulary.describe());
        }
        return meaning;
    }

    public <T> T requiredAnswer(String field, String value, Vocabulary<T> vocabulary) {
        if (vocabulary.isMissingAnswer(value)) {
            reject(field, "is required; one of " + vocabulary.describe());
            return null;
        }
        return optionalAnswer(field, value, vocabulary);
    }

    /** Echoing a huge bad value back would turn an error response into an amplifier. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
