package dk.erhvervshus.reporting.api;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} names every bad field. */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
