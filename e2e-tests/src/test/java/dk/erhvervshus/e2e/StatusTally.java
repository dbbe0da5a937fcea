package dk.erhvervshus.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What each endpoint answered the generated bodies, counted by status, and how long it took. */
final class StatusTally {

    private final Map<WriteEndpoint, Map<Integer, Integer>> counts = new EnumMap<>(WriteEndpoint.class);
    private final Map<WriteEndpoint, Long> nanos = new EnumMap<>(WriteEndpoint.class);

    synchronized void count(WriteEndpoint endpoint, int status) {
        counts.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    synchronized void took(WriteEndpoint endpoint, long elapsedNanos) {
        nanos.merge(endpoint, elapsedNanos, Long::sum);
    }

    /** e.g. {@code POST /api/v1/guidance-courses: 1000 bodies → 400: 912, 413: 3, 414: 12, 415: 73 (4.1 s)} */
    synchronized String table() {
        StringBuilder out = new StringBuilder();
        long totalBodies = 0;
        long totalNanos = 0;
        for (Map.Entry<WriteEndpoint, Map<Integer, Integer>> entry : counts.entrySet()) {
            int bodies = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
            long took = nanos.getOrDefault(entry.getKey(), 0L);
            totalBodies += bodies;
            totalNanos += took;
            StringBuilder statuses = new StringBuilder();
            entry.getValue().forEach((status, n) -> statuses.append(statuses.length() == 0 ? "" : ", ")
                    .append(status == 200 && entry.getKey().refusal != WriteEndpoint.Refusal.WHOLE_REQUEST
                            ? "200 (every item rejected)" : status).append(": ").append(n));
            out.append(String.format("%s: %d bodies → %s (%.1f s)%n", entry.getKey().label(), bodies, statuses, took / 1e9));
        }
        out.append(String.format("total: %d bodies in %.1f s%n", totalBodies, totalNanos / 1e9));
        return out.toString();
    }

    void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
