package dk.erhvervshus.guidance.domain;

/**
 * The command is well-formed but contradicts what is already recorded (a different course under
 * the same id, completing a retracted course, ...). Repeating it will not help; the caller must
 * look at the current state.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
