package dk.erhvervshus.validation;

/**
 * The input is well-formed but contradicts what is already recorded (HTTP 409): repeating it will
 * not help, the caller must look at the current state.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
