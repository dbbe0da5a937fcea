package dk.erhvervshus.problems;

import java.util.List;

/**
 * The problem types the services answer with. The URIs are stable identifiers that clients switch
 * on, so they are listed in the README and never renamed.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "The request has invalid fields", 400),
    MALFORMED_REQUEST("malformed-request", "The request body is not the JSON this endpoint expects", 400),
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    FORBIDDEN("forbidden", "Not allowed for this caller", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "The request contradicts what is already recorded", 409),
    CONCURRENT_MODIFICATION("concurrent-modification", "The resource was changed by another request; retry", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    URI_TOO_LONG("uri-too-long", "The request's path and query are too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    STORAGE_UNAVAILABLE("storage-unavailable", "The service's database is unavailable; retry later", 503),
    NOT_YET_APPLIED("not-yet-applied", "The write named by the Consistency-Token is not in the read models yet; retry later",
            503),
    OVERLOADED("overloaded", "The service is answering as many requests of this kind as it takes; retry later", 503),
    INTERNAL_ERROR("internal-error", "Internal error", 500);

    static final String BASE = "https://erhvervshus.dk/problems/";

    private final String uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = BASE + slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail) {
        return problem(detail, null);
    }

    public Problem problem(String detail, List<ProblemField> errors) {
        return new Problem(uri, title, status, detail, errors);
    }
}
