package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "20x3", "2023-02-30"));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("year", "asOf");
    }

    @ParameterizedTest(name = "year {0}, asOf {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2023|1900-01-01|asOf",
            "2023|-5000-01-01|asOf",
            "2023|+99999-01-01|asOf",
            "2023|2028-01-01|asOf",
            "2023|''|asOf",
            "1999|null|year",
            "2028|null|year",
            "99999999999|null|year",
            "-2023|null|year"})
    void an_implausible_year_or_as_of_is_a_bad_request_before_anything_is_looked_up(String year, String asOf,
                                                                                  String field) {
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("atlantis", year, asOf));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void as_of_may_be_any_day_up_to_the_end_of_next_year() {
        HouseYear request = resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "2023", "2027-12-31");

        assertThat(request.period().asOf()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void an_unknown_house_is_not_found() {
        NotFoundException problem = catchThrowableOfType(NotFoundException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("atlantis", "2023", null));

        assertThat(problem.field()).contains("house");
        assertThat(problem.getMessage()).startsWith("unknown house 'atlantis'; one of ");
    }

    @Test
    void a_year_without_a_catalogue_is_not_found() {
        NotFoundException problem = catchThrowableOfType(NotFoundException.class,
                () -> resolverOn("2026-11-27T10:00:00Z").resolve("nordjylland", "2027", null));

        assertThat(problem.field()).contains("year");
    }
}
