package dk.erhvervshus.validation;

/**
 * One rejected input field: the field as the client named it ({@code themes[1]}, {@code course.cvr},
 * the CSV column {@code answeredOn}) and why.
 */
public record FieldError(String field, String message) {
}
