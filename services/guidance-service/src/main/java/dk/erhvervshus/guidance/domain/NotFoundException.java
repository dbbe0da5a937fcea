package dk.erhvervshus.guidance.domain;

/** The command or query names a course or activity that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
