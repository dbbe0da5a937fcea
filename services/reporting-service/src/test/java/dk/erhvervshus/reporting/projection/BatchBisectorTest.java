package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.GoldenSamples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchBisectorTest {

    /** Stands in for the database refusing a row: the attempt fails when it holds a bad offset. */
    private static final class RefusedRow extends RuntimeException {
    }

    private static final class DatabaseAway extends RuntimeException {
    }

    private final BatchBisector bisector = new BatchBisector(failure -> failure instanceof RefusedRow,
            (event, failure) -> ParkedRecord.rejected(event, "refused"));

    @Test
    void one_bad_record_in_five_thousand_is_found_in_a_logarithmic_number_of_transactions() {
        List<DecodedEvent> events = events(5000);
        Committed committed = new Committed();

        BatchBisector.Outcome<List<Long>> outcome = bisector.apply(events, failingOn(Set.of(3217L), committed));

        assertThat(outcome.rejected()).extracting(p -> p.record().offset()).containsExactly(3217L);
        assertThat(committed.offsets).hasSize(4999).doesNotContain(3217L);
        assertThat(outcome.attempts()).isLessThanOrEqualTo(16);
    }

    @Test
    void several_bad_records_are_all_parked_and_every_other_record_is_committed_once() {
        List<DecodedEvent> events = events(1000);
        Committed committed = new Committed();

        BatchBisector.Outcome<List<Long>> outcome = bisector.apply(events, failingOn(Set.of(0L, 10L, 11L, 999L), committed));

        assertThat(outcome.rejected()).extracting(p -> p.record().offset()).containsExactly(0L, 10L, 11L, 999L);
        assertThat(committed.offsets).hasSize(996);
        assertThat(committed.commits).isEqualTo(1);
    }

    @Test
    void a_batch_that_applies_takes_one_transaction() {
        Committed committed = new Committed();

        BatchBisector.Outcome<List<Long>> outcome = bisector.apply(events(50), failingOn(Set.of(), committed));

        assertThat(outcome.bisected()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void a_failure_that_is_not_the_records_fault_parks_nothing_and_ends_the_search() {
        int[] attempts = {0};
        BatchBisector.Attempt<List<Long>> away = (events, rejected, commit) -> {
            attempts[0]++;
            throw new DatabaseAway();
        };

        assertThatThrownBy(() -> bisector.apply(events(100), away)).isInstanceOf(DatabaseAway.class);
        assertThat(attempts[0]).isEqualTo(1);
    }

    private static final class Committed {
        List<Long> offsets = List.of();
        int commits;
    }

    private static BatchBisector.Attempt<List<Long>> failingOn(Set<Long> bad, Committed committed) {
        return (events, rejected, commit) -> {
            List<Long> offsets = events.stream().map(e -> e.record().offset()).toList();
            if (offsets.stream().anyMatch(bad::contains)) {
                throw new RefusedRow();
            }
            if (commit) {
                committed.offsets = offsets;
                committed.commits++;
            }
            return offsets;
        };
    }

    private static List<DecodedEvent> events(int count) {
        var sample = GoldenSamples.sample("guidance.course-started.v1");
        return IntStream.range(0, count)
                .mapToObj(i -> new DecodedEvent(Records.golden("guidance.course-started.v1", 0, i), sample))
                .toList();
    }
}
