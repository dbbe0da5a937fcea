package dk.erhvervshus.eventstore;

import dk.erhvervshus.problems.Problem;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreFailuresTest {

    private final EventStoreFailures failures = new EventStoreFailures();

    @Test
    void losing_the_race_for_the_next_version_is_a_409_concurrent_modification() {
        Problem problem = failures.problemFor(new StreamVersionConflictException("ref-1", 3, null)).orElseThrow();

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("https://erhvervshus.dk/problems/concurrent-modification");
        assertThat(problem.detail()).contains("ref-1", "3");
    }

    @Test
    void a_failing_database_is_a_503_that_reveals_no_internals() {
        Problem problem = failures.problemFor(new EventStoreException("transaction failed: password authentication",
                new SQLException("password authentication failed for user guidance"))).orElseThrow();

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).endsWith("/storage-unavailable");
        assertThat(problem.detail()).doesNotContain("password");
    }

    @Test
    void other_failures_are_left_to_the_other_modules() {
        assertThat(failures.problemFor(new IllegalArgumentException("not ours"))).isEmpty();
    }
}
