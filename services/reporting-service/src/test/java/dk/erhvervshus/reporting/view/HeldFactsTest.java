package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.view.HeldFacts.Change;
import dk.erhvervshus.reporting.view.HeldFacts.Held;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding the versions read since the last look into the facts held: in any order, each read any
 * number of times, with transactions committing out of order, the facts held end as the latest
 * version of every fact that still counts.
 */
class HeldFactsTest {

    @Test
    void a_latest_version_replaces_an_older_one_and_never_a_newer() {
        Map<String, Held<String>> held = HeldFacts.fold(Map.of(), List.of(latest("c1", 2, "v2")));
        assertThat(HeldFacts.fold(held, List.of(latest("c1", 3, "v3")))).containsEntry("c1", new Held<>(3, "v3"));
        assertThat(HeldFacts.fold(held, List.of(latest("c1", 1, "v1")))).containsEntry("c1", new Held<>(2, "v2"));
    }

    @Test
    void a_replaced_version_drops_the_fact_only_when_it_is_the_one_held() {
        Map<String, Held<String>> held = HeldFacts.fold(Map.of(), List.of(latest("c1", 2, "v2")));
        // Its successor lies outside what the house-year reads (a course moved to another year).
        assertThat(HeldFacts.fold(held, List.of(replaced("c1", 2)))).isEmpty();
        assertThat(HeldFacts.fold(held, List.of(replaced("c1", 1)))).containsEntry("c1", new Held<>(2, "v2"));
        // The successor read in the same look, before or after the version it replaced.
        assertThat(HeldFacts.fold(held, List.of(latest("c1", 3, "v3"), replaced("c1", 2))))
                .containsEntry("c1", new Held<>(3, "v3"));
        assertThat(HeldFacts.fold(held, List.of(replaced("c1", 2), latest("c1", 3, "v3"))))
                .containsEntry("c1", new Held<>(3, "v3"));
    }

    @Test
    void a_latest_version_that_counts_for_no_goal_drops_the_fact() {
        Map<String, Held<String>> held = HeldFacts.fold(Map.of(), List.of(latest("c1", 1, "v1")));
        assertThat(HeldFacts.fold(held, List.of(new Change<>("c1", 2, true, null), replaced("c1", 1)))).isEmpty();
    }

    @Test
    void no_change_keeps_the_same_facts() {
        Map<String, Held<String>> held = HeldFacts.fold(Map.of(), List.of(latest("c1", 1, "v1")));
        assertThat(HeldFacts.fold(held, List.of())).isSameAs(held);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void looks_between_out_of_order_commits_end_with_the_latest_version_of_every_fact_that_counts(long seed) {
        Random random = new Random(seed);
        Table table = new Table();
        long horizon = table.horizon();
        Map<String, Held<String>> held = HeldFacts.fold(Map.of(), table.changedSince(0));
        for (int step = 0; step < 80; step++) {
            table.write(random);
            table.commitSome(random);
            if (random.nextInt(4) == 0) {
                // As the reader does: the horizon first, then the versions changed since the last one.
                long newHorizon = table.horizon();
                List<Change<String>> changes = new ArrayList<>(table.changedSince(horizon));
                Collections.shuffle(changes, random);
                if (!changes.isEmpty() && random.nextBoolean()) {
                    changes.add(changes.get(random.nextInt(changes.size())));
                }
                held = HeldFacts.fold(held, changes);
                horizon = newHorizon;
            }
        }
        table.commitAll();
        held = HeldFacts.fold(held, table.changedSince(horizon));
        assertThat(held).as("seed %d", seed).isEqualTo(table.latestCounting());
    }

    private static Change<String> latest(String id, long version, String fact) {
        return new Change<>(id, version, true, fact);
    }

    private static Change<String> replaced(String id, long version) {
        return new Change<>(id, version, false, "old");
    }

    /**
     * A version table as the projection writes it, with each row's two states as PostgreSQL keeps
     * them: inserted as the latest by one transaction, closed by a later one, each stamping
     * changed_txn. A reader sees the state of the last committed of the two. Transactions commit in
     * any order, except that the versions of one fact are written in order (one partition, one
     * consumer). A version may lie outside what the house-year reads, or count for nothing.
     */
    private static final class Table {
        final List<Row> rows = new ArrayList<>();
        final Map<String, Long> versions = new HashMap<>();
        final Map<String, Long> lastWriter = new HashMap<>();
        final Set<Long> running = new HashSet<>();
        long nextTxn = 1;

        void write(Random random) {
            String id = "f" + random.nextInt(8);
            Long previous = lastWriter.get(id);
            if (previous != null) {
                running.remove(previous);
            }
            long txn = nextTxn++;
            running.add(txn);
            lastWriter.put(id, txn);
            long version = versions.merge(id, 1L, Long::sum);
            rows.stream().filter(r -> r.id.equals(id) && r.closedBy == 0).forEach(r -> r.closedBy = txn);
            int kind = random.nextInt(6);
            rows.add(new Row(id, version, kind != 0, kind == 1 ? null : id + "@" + version, txn));
        }

        void commitSome(Random random) {
            running.removeIf(txn -> random.nextInt(3) == 0);
        }

        void commitAll() {
            running.clear();
        }

        /** pg_snapshot_xmin: the oldest transaction still running, or the next one. */
        long horizon() {
            return running.stream().min(Long::compare).orElse(nextTxn);
        }

        List<Change<String>> changedSince(long since) {
            List<Change<String>> seen = new ArrayList<>();
            for (Row row : rows) {
                boolean closed = row.closedBy != 0 && !running.contains(row.closedBy);
                boolean inserted = !running.contains(row.insertedBy);
                long txn = closed ? row.closedBy : row.insertedBy;
                if ((closed || inserted) && txn >= since && row.inWindow) {
                    seen.add(new Change<>(row.id, row.version, !closed, row.fact));
                }
            }
            return seen;
        }

        Map<String, Held<String>> latestCounting() {
            Map<String, Held<String>> latest = new HashMap<>();
            rows.stream().filter(r -> r.closedBy == 0 && r.inWindow && r.fact != null)
                    .forEach(r -> latest.put(r.id, new Held<>(r.version, r.fact)));
            return latest;
        }
    }

    private static final class Row {
        final String id;
        final long version;
        final boolean inWindow;
        final String fact;
        final long insertedBy;
        long closedBy;

        Row(String id, long version, boolean inWindow, String fact, long insertedBy) {
            this.id = id;
            this.version = version;
            this.inWindow = inWindow;
            this.fact = fact;
            this.insertedBy = insertedBy;
        }
    }
}
