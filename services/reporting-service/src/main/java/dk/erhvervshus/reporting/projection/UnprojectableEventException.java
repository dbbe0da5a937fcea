package dk.erhvervshus.reporting.projection;

/** A well-formed event the read model cannot take, such as an update of a course it never saw started. */
public final class UnprojectableEventException extends RuntimeException {

    public UnprojectableEventException(String message) {
        super(message);
    }
}
