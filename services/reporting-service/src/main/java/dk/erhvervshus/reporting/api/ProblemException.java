package dk.erhvervshus.reporting.api;

import java.util.List;

/** Ends a request with a problem+json answer naming the fields at fault. */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldProblem> errors;

    private ProblemException(int status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badRequest(List<FieldProblem> errors) {
        return new ProblemException(400, "Bad Request", "the request has invalid parameters", errors);
    }

    public static ProblemException notFound(String field, String message) {
        return new ProblemException(404, "Not Found", message, List.of(new FieldProblem(field, message)));
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}
