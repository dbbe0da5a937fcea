package dk.erhvervshus.reporting.view;

import java.time.Instant;

/**
 * The instant whose knowledge a query reads: a fact version counts when it was recorded at or
 * before it and not yet replaced then. {@link #LATEST} reads the latest version of every fact (the
 * versions never replaced), whatever the clocks of the producing services say.
 */
public final class KnownAt {

    /** Later than any recorded time: only the versions that were never replaced match. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The HQL condition on an entity's knownFrom/knownUntil, with the instant as parameter {@code ?n}. */
    static String condition(int parameter) {
        return "knownFrom <= ?" + parameter + " and (knownUntil is null or knownUntil > ?" + parameter + ")";
    }

    private KnownAt() {
    }
}
