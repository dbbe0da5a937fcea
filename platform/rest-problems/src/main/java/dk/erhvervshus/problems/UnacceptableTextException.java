package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON text that breaks the validation kit's text rules. A mapping exception, so Jackson adds the
 * field's path while it unwinds; answered as a bad field ({@code validation-failed}), like the kit.
 */
public final class UnacceptableTextException extends MismatchedInputException {

    UnacceptableTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
    }
}
