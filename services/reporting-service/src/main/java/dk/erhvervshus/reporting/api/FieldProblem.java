package dk.erhvervshus.reporting.api;

/** One bad input of a request: the parameter's name as the client wrote it, and what is wrong. */
public record FieldProblem(String field, String message) {
}
