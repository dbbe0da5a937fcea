package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HouseYearResolverTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private HouseYearResolver resolverOn(String instant) {
        return new HouseYearResolver(Houses.load(), new GoalCatalogues(), Clock.fixed(Instant.parse(instant), COPENHAGEN));
    }

    @Test
    void without_as_of_a_running_year_is_answered_as_of_today_in_copenhagen() {
        // 22:30 UTC on 30 June is already 1 July in Copenhagen.
        HouseYear request = resolverOn("2023-06-30T22:30:00Z").resolve("nordjylland", "2023", null);

        assertThat(request.period().asOf()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void without_as_of_a_past_year_is_answered_as_of_today_with_its_final_status() {
        HouseYear request = resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "2023", null);

        assertThat(request.period().asOf()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(request.period().hasEnded()).isTrue();
    }

    @Test
    void an_explicit_as_of_is_kept() {
        HouseYear request = resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "2023", "2023-03-15");

        assertThat(request.period().asOf()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void malformed_year_and_as_of_are_one_bad_request_naming_both() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "20x3", "2023-02-30"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.toProblem().errors()).extracting(FieldProblem::field).containsExactly("year", "asOf");
    }

    @Test
    void an_unknown_house_is_not_found() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("atlantis", "2023", null));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.toProblem().errors()).extracting(FieldProblem::field).containsExactly("house");
    }

    @Test
    void a_year_without_a_catalogue_is_not_found() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "2031", null));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.toProblem().errors()).extracting(FieldProblem::field).containsExactly("year");
    }
}
