package dk.erhvervshus.survey.api;

import java.io.IOException;

/**
 * A JSON body went past its limit while being read. An {@link IOException}, because Jackson passes
 * those on unwrapped from the stream it reads, so the mappers see this and not a parse error.
 */
public class BodyTooLargeException extends IOException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("the JSON body is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
