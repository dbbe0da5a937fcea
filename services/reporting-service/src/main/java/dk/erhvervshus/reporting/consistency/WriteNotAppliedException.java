package dk.erhvervshus.reporting.consistency;

import java.time.Duration;

/** The write a read waits for was not in the read models within the wait: 503 not-yet-applied, retry later. */
public final class WriteNotAppliedException extends RuntimeException {

    public WriteNotAppliedException(String what, Duration waited) {
        super(what + " within " + waited.toMillis() + " ms; the answer would not include the write yet, retry later");
    }
}
