package dk.erhvervshus.survey.domain;

/** The input refers to something that was never recorded (HTTP 404 at the edge). */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
