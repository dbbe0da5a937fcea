package dk.erhvervshus.contracts;

import java.util.UUID;

/**
 * "Write {@code writeId} appended {@code events} events": what a write answers as its
 * {@code Consistency-Token}, and what a reporting read waits for. Opaque to clients.
 */
public record ConsistencyToken(UUID writeId, int events) {

    private static final String PREFIX = "w1.";

    public String format() {
        return PREFIX + writeId + "." + events;
    }

    public static ConsistencyToken parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a token starts with " + PREFIX);
        }
        String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a token is " + PREFIX + "<write id>.<events>");
        }
        try {
            int events = Integer.parseInt(parts[1]);
            if (events < 0) {
                throw new IllegalArgumentException("the event count must not be negative");
            }
            return new ConsistencyToken(UUID.fromString(parts[0]), events);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a token is " + PREFIX + "<write id>.<events>");
        }
    }
}
