package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTranslatorTest {

    private static final class OutOfStock extends RuntimeException {
        OutOfStock() {
            super("no more of that");
        }
    }

    /** What a service contributes for its own domain: it answers for its exceptions only. */
    private static final FailureProblems SHOP_DOMAIN = failure -> failure instanceof OutOfStock
            ? Optional.of(ProblemType.CONFLICT.problem(failure.getMessage()))
            : Optional.empty();

    private final ProblemTranslator translator = new ProblemTranslator(List.of(SHOP_DOMAIN));

    @Test
    void a_failure_a_module_knows_is_answered_with_that_modules_problem() {
        Problem problem = translator.of(new OutOfStock());

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("https://erhvervshus.dk/problems/conflict");
        assertThat(problem.detail()).isEqualTo("no more of that");
    }

    @Test
    void unreadable_json_is_a_malformed_request_without_any_module_knowing_it() {
        JsonProcessingException unreadable = null;
        try {
            new ObjectMapper().readTree("{oops");
        } catch (JsonProcessingException e) {
            unreadable = e;
        }

        assertThat(translator.of(unreadable).type()).endsWith("/malformed-request");
    }

    @Test
    void anything_else_is_a_500_that_reveals_no_internals() {
        Problem problem = translator.of(new IllegalStateException("connection pool exhausted at 10.0.0.7"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).endsWith("/internal-error");
        assertThat(problem.detail()).doesNotContain("10.0.0.7");
    }
}
