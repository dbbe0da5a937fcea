package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityCommandValidatorTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2023-09-20T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private final ActivityCommandValidator validator = new ActivityCommandValidator(Houses.load(), new GoalCatalogues(), TODAY);

    @Test
    void an_activity_of_the_catalogue_can_be_reported() {
        ChangeActivityStatus command = validator.toStatusChange("nordjylland", "2023", "G8-A1", "DONE",
                "Strategi vedtaget", "2023-09-14");

        assertThat(command).isEqualTo(new ChangeActivityStatus("nordjylland", 2023, "G8-A1", ActivityStatus.DONE,
                "Strategi vedtaget", LocalDate.of(2023, 9, 14)));
    }

    @Test
    void the_status_holds_from_today_unless_a_date_is_given() {
        assertThat(validator.toStatusChange("nordjylland", "2023", "G10-A4", "PLANNED", null, null).changedOn())
                .isEqualTo(LocalDate.of(2023, 9, 20));
    }

    @Test
    void an_activity_outside_the_catalogue_is_not_found() {
        assertThatThrownBy(() -> validator.toStatusChange("nordjylland", "2023", "G8-A9", "DONE", null, null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("G8-A9");
    }

    @Test
    void a_house_or_year_without_a_catalogue_is_not_found_naming_the_path_parameter() {
        assertThatThrownBy(() -> validator.toStatusChange("fyn", "2023", "G8-A1", "DONE", null, null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("year"));
        assertThatThrownBy(() -> validator.toStatusChange("nordjylland", "2019", "G8-A1", "DONE", null, null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("year"));
        assertThatThrownBy(() -> validator.toStatusChange("../reference", "2023", "G8-A1", "DONE", null, null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("house"));
    }

    @Test
    void a_malformed_or_implausible_year_is_a_bad_field_before_the_house_is_looked_up() {
        for (String year : new String[]{"abc", "1999", "2025", "99999999999"}) {
            assertThatThrownBy(() -> validator.toStatusChange("atlantis", year, "G8-A1", "DONE", null, null))
                    .as(year)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("year"));
        }
    }

    @Test
    void a_status_date_before_2000_is_rejected() {
        assertThatThrownBy(() -> validator.toStatusChange("nordjylland", "2023", "G8-A1", "DONE", null, "1999-12-31"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("changedOn"));
    }

    @Test
    void every_bad_field_of_a_report_is_named() {
        assertThatThrownBy(() -> validator.toStatusChange("nordjylland", "2023", "G8-A1", "FINISHED", "n".repeat(1001),
                "2023-09-21"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("status", "note", "changedOn"));
    }
}
