package dk.erhvervshus.survey.domain;

/** The input contradicts what is already recorded under the same id (HTTP 409 at the edge). */
public final class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
