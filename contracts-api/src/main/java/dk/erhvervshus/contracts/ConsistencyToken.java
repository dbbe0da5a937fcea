package dk.erhvervshus.contracts;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Write {@code writeId} appended {@code events} events": what a write service answers in the
 * {@value #HEADER} header of an acknowledged write, and what a reader sends back to wait until the
 * projection has applied that write. Every event the write appended carries the writeId in its
 * envelope, so a projection that counts, per writeId, the events it applied knows the write is
 * in once it has applied {@code events} of them, whichever partitions they travelled on. A write
 * that changed nothing appended 0 events: its token is met at once.
 *
 * <p>The text form {@code w1.<writeId>.<events>} is opaque to clients; the {@code w1} prefix lets the
 * form change later without a reader mistaking one form for the other.
 *
 * @param writeId the acknowledged write (one HTTP write, one item of a batch, one whole CSV import)
 * @param events  how many events that write appended, 0 or more
 */
public record ConsistencyToken(UUID writeId, int events) {

    /** The response header of a write and the request header of a read that waits for it. */
    public static final String HEADER = "Consistency-Token";

    private static final String PREFIX = "w1";
    /** Longer than any real token (2 + 1 + 36 + 1 + 10): a reader need not look further. */
    private static final int MAX_LENGTH = 60;
    private static final Pattern FORM = Pattern.compile(
            "w1\\.([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\.(0|[1-9][0-9]{0,9})");

    public ConsistencyToken {
        Objects.requireNonNull(writeId, "writeId");
        if (events < 0) {
            throw new IllegalArgumentException("a write appends 0 or more events, not " + events);
        }
    }

    /** The token of a write that stored nothing (a repeat, an unchanged report): met at once. */
    public static ConsistencyToken nothingWritten() {
        return new ConsistencyToken(UUID.randomUUID(), 0);
    }

    /** {@code w1.<writeId>.<events>}, the header's value. */
    public String format() {
        return PREFIX + "." + writeId + "." + events;
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Reads a token as {@link #format()} writes it.
     *
     * @throws IllegalArgumentException naming what is wrong, for anything else (null, blank, another
     *                                  prefix, a malformed writeId, a negative or too large count)
     */
    public static ConsistencyToken parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a consistency token is required: w1.<writeId>.<events>");
        }
        String token = text.strip();
        if (token.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a consistency token: longer than " + MAX_LENGTH
                    + " characters (expected w1.<writeId>.<events>)");
        }
        if (!token.startsWith(PREFIX + ".")) {
            throw new IllegalArgumentException("not a consistency token: '" + token
                    + "' does not start with w1. (expected w1.<writeId>.<events>)");
        }
        Matcher matcher = FORM.matcher(token);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a consistency token: '" + token
                    + "' (expected w1.<writeId>.<events>: a UUID and a count of 0 or more)");
        }
        long events = Long.parseLong(matcher.group(2));
        if (events > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("not a consistency token: '" + token + "' counts more events ("
                    + events + ") than a write can append");
        }
        return new ConsistencyToken(UUID.fromString(matcher.group(1)), (int) events);
    }
}
