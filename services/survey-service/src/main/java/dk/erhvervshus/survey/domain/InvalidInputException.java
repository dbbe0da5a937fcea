package dk.erhvervshus.survey.domain;

import java.util.List;

/** Input that breaks a rule; carries every bad field so the client can fix them in one go. */
public final class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid input:");
        errors.forEach(e -> text.append(' ').append(e.field()).append(' ').append(e.message()).append(';'));
        return text.toString();
    }
}
