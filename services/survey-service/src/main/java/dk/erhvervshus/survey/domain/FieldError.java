package dk.erhvervshus.survey.domain;

/**
 * One rejected input field: the field as the client named it ({@code treated[2]}, or the CSV column
 * {@code answeredOn}) and why.
 */
public record FieldError(String field, String message) {
}
