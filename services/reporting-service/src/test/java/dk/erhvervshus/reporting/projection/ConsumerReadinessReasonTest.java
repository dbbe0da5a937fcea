package dk.erhvervshus.reporting.projection;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness data is public: it tells why in a few words and never repeats an exception's text. */
class ConsumerReadinessReasonTest {

    @Test
    void a_database_failure_is_told_as_database_unavailable_without_its_message() {
        String reason = ConsumerReadinessCheck.reasonFor(new CompletionException(
                new SQLException("FATAL: password authentication failed for user \"reporting\" at 10.0.0.5")));

        assertThat(reason).isEqualTo("database unavailable");
    }

    @Test
    void a_refused_connection_is_a_database_outage_too() {
        assertThat(ConsumerReadinessCheck.reasonFor(new RuntimeException(new ConnectException("localhost:5433"))))
                .isEqualTo("database unavailable");
    }

    @Test
    void an_event_the_read_model_cannot_take_is_a_batch_that_cannot_be_applied() {
        assertThat(ConsumerReadinessCheck.reasonFor(new UnprojectableEventException("course c-1 lacks house")))
                .isEqualTo("batch failed: cannot be applied");
    }

    @Test
    void anything_else_is_an_unexpected_error_without_its_text() {
        assertThat(ConsumerReadinessCheck.reasonFor(new IllegalStateException("secret internals")))
                .isEqualTo("batch failed: unexpected error");
    }
}
