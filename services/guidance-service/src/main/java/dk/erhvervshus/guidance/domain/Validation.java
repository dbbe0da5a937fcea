package dk.erhvervshus.guidance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects every field error of one input before anything is decided, so a client fixes a bad
 * request in one round trip instead of one field at a time. Each reader returns the parsed value
 * (or null when the field is absent or bad) and records what was wrong.
 */
public final class Validation {

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

    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidCommandException(errors);
        }
    }

    /** Trimmed text; absent or blank is an error. */
    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return boundedText(field, value, maxLength);
    }

    /** Trimmed text or null; present but blank is an error (send null to leave it out). */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            reject(field, "must not be blank when present");
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
        if (value == null) {
            return null;
        }
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(value)) {
                return code;
            }
        }
        reject(field, "'" + abbreviate(value) + "' is not one of " + namesOf(codes));
        return null;
    }

    /** At least one code, each known, none repeated; errors name the element ({@code themes[2]}). */
    public <E extends Enum<E>> List<E> requiredCodes(String field, List<String> values, Class<E> codes) {
        if (values == null || values.isEmpty()) {
            reject(field, "needs at least one of " + namesOf(codes));
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

    /** An ISO-8601 date ({@code 2023-03-01}) that is not after {@code latest} (normally today). */
    public LocalDate requiredDate(String field, String value, LocalDate latest) {
        if (value == null || value.isBlank()) {
            reject(field, "is required (ISO date, e.g. 2023-03-01)");
            return null;
        }
        return optionalDate(field, value, latest);
    }

    public LocalDate optionalDate(String field, String value, LocalDate latest) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "'" + abbreviate(value) + "' is not an ISO date (e.g. 2023-03-01)");
            return null;
        }
        if (date.isAfter(latest)) {
            reject(field, "must not be after today (" + latest + ")");
            return null;
        }
        return date;
    }

    private static <E extends Enum<E>> String namesOf(Class<E> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Echoing a huge bad value back would turn an error response into an amplifier. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
