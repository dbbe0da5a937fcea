package dk.erhvervshus.eventstore.writes;

import jakarta.enterprise.context.RequestScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one write request did, told by its resource, for {@link WriteMeter}: a single write that says
 * nothing counts as accepted when it answers 2xx and as rejected otherwise; a repeat that stored
 * nothing says {@link #duplicate()}; a batch says what became of each item.
 */
@RequestScoped
public class WriteOutcomes {

    /** How a write (or an item of a batch) ended, with the status class it was answered with. */
    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Tally(Outcome outcome, String statusClass) {
    }

    private final Map<Tally, Long> counts = new LinkedHashMap<>();

    /** A single write: new events were stored ({@code stored}), or it repeated one and stored nothing. */
    public void wrote(boolean stored) {
        if (stored) {
            accepted();
        } else {
            duplicate();
        }
    }

    /** New events were stored. */
    public void accepted(long items) {
        add(new Tally(Outcome.ACCEPTED, "2xx"), items);
    }

    public void accepted() {
        accepted(1);
    }

    /** The same write again, or one already satisfied: nothing was stored. */
    public void duplicate(long items) {
        add(new Tally(Outcome.DUPLICATE, "2xx"), items);
    }

    public void duplicate() {
        duplicate(1);
    }

    /** An item of a batch refused on its own with a problem of {@code status}; the others went on. */
    public void rejected(int status, long items) {
        add(new Tally(Outcome.REJECTED, statusClass(status)), items);
    }

    public void rejected(int status) {
        rejected(status, 1);
    }

    Map<Tally, Long> counts() {
        return counts;
    }

    static String statusClass(int status) {
        return (status / 100) + "xx";
    }

    private void add(Tally tally, long items) {
        if (items > 0) {
            counts.merge(tally, items, Long::sum);
        }
    }
}
