package dk.erhvervshus.e2e.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a chaos run found, as the table {@code bench/chaos} prints and the test writes out, and the
 * list of what makes it unclean (empty: clean). Lost is an acknowledged event missing or behind
 * somewhere (an event store, a topic, the read models, the rebuild); double-counted is one that is
 * there more often than acknowledged, or a row no acknowledged write explains.
 */
record ChaosReport(ChaosSettings settings, LoadCounters.Summary load, Map<Fault, Integer> faults,
                   StreamCount eventStores, TopicAudit.Verdict topics, ExpectedReadModel.Verdict readModels,
                   GoalCheck.Verdict goals, ExpectedReadModel.Verdict rebuildModels, GoalCheck.Verdict rebuildGoals,
                   TableDiff tables, long reorderedCount, List<String> reordered, Times times) {

    private static final String OK_WHILE_POSTGRES_IS_DOWN = "503 with Retry-After";

    /** Seconds of the load, of settling after it, of the rebuild, and of the whole run. */
    record Times(double load, double settling, double rebuild, double total) {
    }

    long lost() {
        return eventStores.lostEvents() + topics.streams().lostEvents() + readModels.lost() + rebuildModels.lost();
    }

    long doubleCounted() {
        return eventStores.extraEvents() + topics.streams().extraEvents() + readModels.doubled() + rebuildModels.doubled();
    }

    /** Answers while the broker was down that were not an acknowledgement: the outbox needs only PostgreSQL. */
    long unacknowledgedWhileBrokerDown() {
        return load.answersIn(ChaosRun.BROKER_OUTAGE).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("2")).mapToLong(Map.Entry::getValue).sum();
    }

    long acknowledgedWhileBrokerDown() {
        return load.answersIn(ChaosRun.BROKER_OUTAGE).entrySet().stream()
                .filter(e -> e.getKey().startsWith("2")).mapToLong(Map.Entry::getValue).sum();
    }

    /** Answers while PostgreSQL was down that were neither an acknowledgement nor a 503 with Retry-After. */
    long otherAnswersWhilePostgresDown() {
        return load.answersIn(ChaosRun.POSTGRES_OUTAGE).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("2") && !e.getKey().equals(OK_WHILE_POSTGRES_IS_DOWN))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Why the run is not clean; empty when it is. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (load.refusedCount() > 0) {
            problems.add(load.refusedCount() + " writes refused: " + load.refused());
        }
        if (load.unacknowledgedCount() > 0) {
            problems.add(load.unacknowledgedCount() + " writes never acknowledged: " + load.unacknowledged());
        }
        if (!eventStores.clean()) {
            problems.add("event stores: " + eventStores.differences());
        }
        if (!topics.clean()) {
            problems.add("topics: " + topics.streams().differences());
        }
        if (!readModels.clean()) {
            problems.add("read models vs ground truth: " + readModels.differences());
        }
        if (!goals.clean()) {
            problems.add("goals vs ground truth: " + goals.differences());
        }
        if (!rebuildModels.clean()) {
            problems.add("rebuilt read models vs ground truth: " + rebuildModels.differences());
        }
        if (!rebuildGoals.clean()) {
            problems.add("goals vs rebuild: " + rebuildGoals.differences());
        }
        if (tables.mismatchingRows() > 0) {
            problems.add("tables vs rebuild: " + tables.differences());
        }
        if (!settings.brokerOutage().isZero()) {
            if (unacknowledgedWhileBrokerDown() > 0) {
                problems.add("while the broker was down, writes were answered " + load.answersIn(ChaosRun.BROKER_OUTAGE));
            }
            if (acknowledgedWhileBrokerDown() == 0) {
                problems.add("no write was acknowledged while the broker was down: the outage was not under load");
            }
        }
        if (settings.strictOrder() && reorderedCount > 0) {
            problems.add(reorderedCount + " CRM changes applied before an earlier change of the same course in their batch"
                    + " (chaos.strict-order): " + reordered);
        }
        if (settings.strictRetryAfter() && otherAnswersWhilePostgresDown() > 0) {
            problems.add("while PostgreSQL was down, writes were answered " + load.answersIn(ChaosRun.POSTGRES_OUTAGE)
                    + " (chaos.strict-retry-after: only 2xx and 503 with Retry-After)");
        }
        return problems;
    }

    String table() {
        StringBuilder t = new StringBuilder();
        t.append("chaos run: ").append(settings).append('\n');
        row(t, "rounds", String.valueOf(settings.rounds()));
        row(t, "events sent / acknowledged / retried", n(load.sentEvents()) + " / " + n(load.acknowledgedEvents()) + " / "
                + n(load.retriedEvents()));
        row(t, "writes sent / acknowledged / retried", n(load.sentWrites()) + " / " + n(load.acknowledgedWrites()) + " / "
                + n(load.retriedWrites()) + " (" + n(load.retries()) + " retries: " + tally(load.retryCauses()) + ")");
        row(t, "writes by kind (writes/events)", load.byKind().entrySet().stream()
                .map(e -> e.getKey() + " " + n(e.getValue()[0]) + "/" + n(e.getValue()[1])).collect(Collectors.joining(", ")));
        row(t, "faults by kind (a SIGKILL per round)", faults.entrySet().stream()
                .map(e -> e.getKey().label + " " + e.getValue()).collect(Collectors.joining(", ")));
        if (!settings.brokerOutage().isZero()) {
            row(t, "broker down " + settings.brokerOutage().toSeconds() + " s, answers", tally(load.answersIn(ChaosRun.BROKER_OUTAGE)));
        }
        if (!settings.postgresOutage().isZero()) {
            row(t, "PostgreSQL down " + settings.postgresOutage().toSeconds() + " s, answers",
                    tally(load.answersIn(ChaosRun.POSTGRES_OUTAGE)) + (settings.strictRetryAfter() ? " (strict)" : ""));
        }
        row(t, "refused / never acknowledged", load.refusedCount() + " / " + load.unacknowledgedCount());
        row(t, "CRM changes applied out of batch order", reorderedCount + (settings.strictOrder() ? " (strict)" : "")
                + (reordered.isEmpty() ? "" : ": " + String.join("; ", reordered.subList(0, Math.min(3, reordered.size())))));
        row(t, "lost (acknowledged, missing)", lost() + " (event stores " + eventStores.lostEvents() + ", topics "
                + topics.streams().lostEvents() + ", read models " + readModels.lost() + ", rebuild " + rebuildModels.lost() + ")");
        row(t, "double-counted", doubleCounted() + " (event stores " + eventStores.extraEvents() + ", topics "
                + topics.streams().extraEvents() + ", read models " + readModels.doubled() + ", rebuild "
                + rebuildModels.doubled() + ")");
        row(t, "topics", n(topics.records()) + " records of " + n(topics.streams().aggregates()) + " aggregates, "
                + n(topics.redelivered()) + " redelivered (at-least-once, skipped), " + topics.outOfOrder() + " out of order");
        row(t, "read-model rows vs ground truth", readModels.rowsByTable().entrySet().stream()
                .map(e -> e.getKey() + " " + n(e.getValue()[0]) + "/" + n(e.getValue()[1])).collect(Collectors.joining(", "))
                + "; mismatching " + readModels.mismatching() + ", parked " + readModels.parked());
        row(t, "mismatching goals vs ground truth", goals.mismatching() + " of " + goals.goals());
        row(t, "mismatching goals vs rebuild", rebuildGoals.mismatching() + " of " + rebuildGoals.goals());
        row(t, "mismatching table rows vs rebuild", tables.mismatchingRows() + " of " + n(tables.rows()) + " rows in "
                + tables.tables() + " tables");
        row(t, "wall time", String.format(Locale.ROOT, "%.0f s (load %.0f s, settling %.1f s, rebuild %.1f s)",
                times.total(), times.load(), times.settling(), times.rebuild()));
        List<String> problems = problems();
        row(t, "verdict", problems.isEmpty() ? "CLEAN" : "NOT CLEAN");
        problems.forEach(p -> t.append("  - ").append(p).append('\n'));
        return t.toString();
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append(String.format(Locale.ROOT, "%-40s %s%n", name, value));
    }

    private static String tally(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(e -> e.getKey() + ": " + n(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
