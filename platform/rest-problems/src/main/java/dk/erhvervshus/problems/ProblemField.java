package dk.erhvervshus.problems;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One bad field of a request: the field as the client named it ({@code themes[1]}) and why.
 * Services keep their own domain type for this (their domain imports no REST library) and convert
 * at the edge. The schema keeps the name the published OpenAPI documents already use.
 */
@Schema(name = "FieldError")
public record ProblemField(String field, String message) {
}
