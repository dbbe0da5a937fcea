package dk.erhvervshus.guidance.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The command's input breaks field rules; carries every bad field, not only the first. */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidCommandException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidCommandException of(String field, String message) {
        return new InvalidCommandException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
