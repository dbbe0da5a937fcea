package dk.erhvervshus.guidance.domain;

/** One rejected input field: the field as the client named it ({@code themes[1]}) and why. */
public record FieldError(String field, String message) {
}
