package dk.erhvervshus.reporting.api;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelFailuresTest {

    private final ReadModelFailures failures = new ReadModelFailures();

    @Test
    void an_unreachable_database_is_a_503_to_wait_out() {
        assertThat(failures.problemFor(new CompletionException(new ConnectException("Connection refused"))))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.type()).endsWith("/storage-unavailable");
                    assertThat(problem.detail()).doesNotContain("refused");
                });
        assertThat(failures.problemFor(ClosedConnectionException.INSTANCE)).isPresent();
        assertThat(failures.problemFor(new PgException("the database system is shutting down", "FATAL", "57P01", null)))
                .isPresent();
        assertThat(failures.problemFor(new PgException("sorry, too many clients already", "FATAL", "53300", null)))
                .isPresent();
    }

    @Test
    void a_query_that_is_wrong_stays_a_500() {
        assertThat(failures.problemFor(new PgException("column x does not exist", "ERROR", "42703", null))).isEmpty();
        assertThat(failures.problemFor(new IllegalStateException("bug"))).isEmpty();
    }
}
