package dk.erhvervshus.validation;

import java.util.Optional;

/**
 * The request names something that does not exist (HTTP 404). When a path parameter is the reason
 * ({@code house}, {@code year}, {@code goalId}), it is named, so the client can tell an unknown
 * house from an unknown course.
 */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String message) {
        this(null, message);
    }

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
