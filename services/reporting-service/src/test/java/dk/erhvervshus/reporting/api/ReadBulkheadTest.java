package dk.erhvervshus.reporting.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadBulkheadTest {

    private final ReadBulkhead bulkhead = new ReadBulkhead(2);

    @Test
    void a_read_beyond_the_limit_is_refused_without_running() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        bulkhead.read(() -> Uni.createFrom().completionStage(first)).subscribe().with(x -> { });
        bulkhead.read(() -> Uni.createFrom().completionStage(second)).subscribe().with(x -> { });
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> bulkhead.read(() -> {
            ran.incrementAndGet();
            return Uni.createFrom().item("third");
        }).await().atMost(Duration.ofSeconds(1)))
                .isInstanceOf(ReadsOverloadedException.class)
                .hasMessageContaining("2 goal reads");
        assertThat(ran).hasValue(0);
        assertThat(bulkhead.inFlight()).isEqualTo(2);

        first.complete("done");
        assertThat(bulkhead.inFlight()).isEqualTo(1);
        assertThat(bulkhead.read(() -> Uni.createFrom().item("again")).await().atMost(Duration.ofSeconds(1))).isEqualTo("again");
    }

    @Test
    void a_place_is_given_back_however_the_read_ends() {
        bulkhead.read(() -> Uni.createFrom().failure(new IllegalStateException("database"))).subscribe().with(x -> { }, f -> { });
        bulkhead.read(() -> {
            throw new IllegalStateException("before the read");
        }).subscribe().with(x -> { }, f -> { });
        Cancellable gone = bulkhead.read(() -> Uni.createFrom().nothing()).subscribe().with(x -> { });
        assertThat(bulkhead.inFlight()).isEqualTo(1);

        gone.cancel();

        assertThat(bulkhead.inFlight()).isZero();
    }

    @Test
    void a_place_is_taken_when_the_read_starts_not_when_it_is_built() {
        Uni<String> notYetSubscribed = bulkhead.read(() -> Uni.createFrom().item("later"));
        bulkhead.read(() -> Uni.createFrom().item("now")).await().atMost(Duration.ofSeconds(1));

        assertThat(bulkhead.inFlight()).isZero();
        assertThat(notYetSubscribed.await().atMost(Duration.ofSeconds(1))).isEqualTo("later");
    }

    @Test
    void a_limit_below_one_does_not_start() {
        assertThatThrownBy(() -> new ReadBulkhead(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reporting.reads.max-concurrent");
    }
}
