package dk.erhvervshus.e2e.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the clients sent and how it was answered, counted as it happens, for the report: writes and
 * events sent, acknowledged and retried, every retry by its cause, every answer by status per
 * phase of the run (so the PostgreSQL outage can be judged on the answers given while it lasted),
 * and the writes refused or never acknowledged.
 */
final class LoadCounters {

    private static final int KEPT_PROBLEMS = 20;

    private long sentWrites;
    private long sentEvents;
    private long acknowledgedWrites;
    private long acknowledgedEvents;
    private long retriedWrites;
    private long retriedEvents;
    private long retries;
    private final Map<String, Long> retryCauses = new TreeMap<>();
    private final Map<String, long[]> byKind = new TreeMap<>();
    private final Map<String, Map<String, Long>> answersByPhase = new TreeMap<>();
    private final List<String> refused = new ArrayList<>();
    private long refusedCount;
    private final List<String> unacknowledged = new ArrayList<>();
    private long unacknowledgedCount;
    private volatile String phase = "start";

    void phase(String name) {
        phase = name;
    }

    synchronized void sent(Write write) {
        sentWrites++;
        sentEvents += write.events();
        long[] kind = byKind.computeIfAbsent(write.kind(), k -> new long[2]);
        kind[0]++;
        kind[1] += write.events();
    }

    synchronized void answered(Answer answer) {
        String label;
        if (!answer.answered()) {
            label = "no answer";
        } else if (answer.status() == 503) {
            label = answer.retryAfter() != null ? "503 with Retry-After" : "503 without Retry-After";
        } else {
            label = String.valueOf(answer.status());
        }
        answersByPhase.computeIfAbsent(phase, p -> new TreeMap<>()).merge(label, 1L, Long::sum);
    }

    synchronized void retried(String cause) {
        retries++;
        retryCauses.merge(cause, 1L, Long::sum);
    }

    synchronized void acknowledged(Write write, boolean afterRetry) {
        acknowledgedWrites++;
        acknowledgedEvents += write.events();
        if (afterRetry) {
            retriedWrites++;
            retriedEvents += write.events();
        }
    }

    synchronized void refused(Write write, String reason) {
        refusedCount++;
        if (refused.size() < KEPT_PROBLEMS) {
            refused.add(write.kind() + " (" + write.lane() + "): " + reason);
            // Told at once too: a run of an hour should not hide its first problem until the end.
            System.out.println("chaos: refused in " + phase + ": " + refused.get(refused.size() - 1));
        }
    }

    synchronized void gaveUp(Write write, String lastCause) {
        unacknowledgedCount++;
        if (unacknowledged.size() < KEPT_PROBLEMS) {
            unacknowledged.add(write.kind() + " (" + write.lane() + "), last: " + lastCause);
            System.out.println("chaos: never acknowledged in " + phase + ": " + unacknowledged.get(unacknowledged.size() - 1));
        }
    }

    synchronized long acknowledgedEvents() {
        return acknowledgedEvents;
    }

    synchronized long acknowledgedWrites() {
        return acknowledgedWrites;
    }

    synchronized Summary summary() {
        Map<String, Map<String, Long>> answers = new TreeMap<>();
        answersByPhase.forEach((p, tally) -> answers.put(p, Map.copyOf(tally)));
        Map<String, long[]> kinds = new TreeMap<>();
        byKind.forEach((k, v) -> kinds.put(k, v.clone()));
        return new Summary(sentWrites, sentEvents, acknowledgedWrites, acknowledgedEvents, retriedWrites, retriedEvents,
                retries, Map.copyOf(retryCauses), kinds, answers, refusedCount, List.copyOf(refused),
                unacknowledgedCount, List.copyOf(unacknowledged));
    }

    /** The counts at one moment. {@code byKind} holds {writes, events} per kind of write. */
    record Summary(long sentWrites, long sentEvents, long acknowledgedWrites, long acknowledgedEvents,
                   long retriedWrites, long retriedEvents, long retries, Map<String, Long> retryCauses,
                   Map<String, long[]> byKind, Map<String, Map<String, Long>> answersByPhase,
                   long refusedCount, List<String> refused, long unacknowledgedCount, List<String> unacknowledged) {

        Map<String, Long> answersIn(String phase) {
            return answersByPhase.getOrDefault(phase, Map.of());
        }
    }
}
