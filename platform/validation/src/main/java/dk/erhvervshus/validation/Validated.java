package dk.erhvervshus.validation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one input: the value it becomes, or every field error. A value rather
 * than an exception, because an import or a batch must carry on with the next item; a single-item
 * endpoint calls {@link #orElseThrow()}.
 */
public final class Validated<T> {

    private final T value;
    private final List<FieldError> errors;

    private Validated(T value, List<FieldError> errors) {
        this.value = value;
        this.errors = errors;
    }

    public static <T> Validated<T> valid(T value) {
        return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
    }

    public static <T> Validated<T> invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid result names at least one field");
        }
        return new Validated<>(null, List.copyOf(errors));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The validated value; only call when {@link #isValid()}. */
    public T value() {
        if (!isValid()) {
            throw new IllegalStateException("input is invalid: " + errors);
        }
        return value;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public T orElseThrow() {
        if (!isValid()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }
}
