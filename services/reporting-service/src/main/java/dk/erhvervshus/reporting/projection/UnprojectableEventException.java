package dk.erhvervshus.reporting.projection;

/**
 * A well-formed event the read model cannot take, such as an update of a course it never saw
 * started, or a survey event without a field its read model needs.
 */
public final class UnprojectableEventException extends RuntimeException {

    public UnprojectableEventException(String message) {
        super(message);
    }

    /** The value, or this exception naming the stream and the missing field. */
    static <T> T required(T value, String field, String stream) {
        if (value == null) {
            throw new UnprojectableEventException(stream + " lacks " + field);
        }
        return value;
    }
}
