package dk.erhvervshus.eventstore.relay;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RelayBackoffTest {

    private static final Instant T0 = Instant.parse("2023-06-15T10:00:00Z");

    @Test
    void the_pause_doubles_with_each_failure_up_to_the_maximum() {
        RelayBackoff backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(backoff.failedAt(T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failedAt(T0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failedAt(T0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.failedAt(T0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.failedAt(T0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void the_relay_waits_out_the_pause_and_a_success_ends_it() {
        RelayBackoff backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(backoff.mayRunAt(T0)).isTrue();

        backoff.failedAt(T0);
        assertThat(backoff.mayRunAt(T0.plusMillis(999))).isFalse();
        assertThat(backoff.mayRunAt(T0.plusSeconds(1))).isTrue();
        assertThat(backoff.isBackingOff()).isTrue();

        backoff.succeeded();
        assertThat(backoff.isBackingOff()).isFalse();
        assertThat(backoff.mayRunAt(T0)).isTrue();
    }
}
