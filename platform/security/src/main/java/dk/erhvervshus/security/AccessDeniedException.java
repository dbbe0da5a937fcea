package dk.erhvervshus.security;

/**
 * The caller is known but may not do this: another house's data, or a token of the wrong scope.
 * Answered 403 with the reason; nothing is read or written.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
