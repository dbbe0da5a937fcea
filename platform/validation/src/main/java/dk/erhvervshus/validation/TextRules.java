package dk.erhvervshus.validation;

import java.util.Optional;

/**
 * What no text of any field may contain, whatever the field: U+0000 (PostgreSQL cannot store it in
 * text or jsonb, so it would fail the write as an outage, and the client would retry forever), any
 * other C0 control character except tab, line feed and carriage return, and a surrogate without its
 * pair (not a character at all; it cannot be encoded as UTF-8). Every reader of {@link Validation}
 * applies these rules first, and the strict JSON reader of rest-problems applies them to every JSON
 * text, so no path into the event store skips them.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} is unacceptable, or empty when it is fine (null is fine: absence is judged elsewhere). */
    public static Optional<String> problemOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("must not contain control characters (U+" + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain an unpaired surrogate (U+" + String.format("%04X", (int) c) + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    public static boolean isAcceptable(String text) {
        return problemOf(text).isEmpty();
    }

    /** Echoing a huge bad value back would turn an error answer into an amplifier. */
    public static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
