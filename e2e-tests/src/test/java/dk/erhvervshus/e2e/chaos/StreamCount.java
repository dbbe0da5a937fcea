package dk.erhvervshus.e2e.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Events per aggregate found somewhere (an event store, a topic) against the number the ground
 * truth expects: fewer is lost, more (or an aggregate nobody acknowledged) is counted twice.
 */
record StreamCount(long aggregates, long lostEvents, long extraEvents, List<String> differences) {

    private static final int LISTED = 20;

    static StreamCount compare(Map<String, Long> expected, Map<String, Long> found) {
        long lost = 0;
        long extra = 0;
        List<String> differences = new ArrayList<>();
        for (String aggregate : new TreeSet<>(union(expected, found))) {
            long want = expected.getOrDefault(aggregate, 0L);
            long have = found.getOrDefault(aggregate, 0L);
            if (want == have) {
                continue;
            }
            lost += Math.max(0, want - have);
            extra += Math.max(0, have - want);
            if (differences.size() < LISTED) {
                differences.add(aggregate + ": " + have + " events, acknowledged " + want);
            }
        }
        return new StreamCount(expected.size(), lost, extra, differences);
    }

    private static java.util.Set<String> union(Map<String, Long> a, Map<String, Long> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    boolean clean() {
        return lostEvents == 0 && extraEvents == 0;
    }
}
