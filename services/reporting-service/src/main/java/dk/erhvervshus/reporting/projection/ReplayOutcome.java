package dk.erhvervshus.reporting.projection;

import java.util.List;

/**
 * What one replay did.
 *
 * @param replayed    the parked records it took (at most one batch, {@code reporting.consumer.max-poll-records})
 * @param applied     of those, the ones now applied (or found applied already): REPLAYED
 * @param stillParked the ones parked again, with their new reasons
 * @param remaining   parked records the request named that this replay did not take; replay again for them
 */
public record ReplayOutcome(int replayed, int applied, List<ParkedRecord> stillParked, long remaining) {

    static ReplayOutcome nothing(long remaining) {
        return new ReplayOutcome(0, 0, List.of(), remaining);
    }
}
