package dk.erhvervshus.survey.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023-05-02", "02-05-2023", "02.05.2023", "2.5.2023", "2-5-2023", " 2023-05-02 "})
    void the_second_of_may_2023_is_read_in_iso_and_in_danish_day_first_spellings(String text) {
        assertThat(DateFormats.parse(text)).contains(LocalDate.of(2023, 5, 2));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2023-02-30", "31.04.2023", "05/02/2023", "02-05.2023", "2023-5-2", "02-05-23", "i går",
            "2023-05-02T10:00:00Z"})
    void impossible_dates_and_other_spellings_are_not_dates(String text) {
        assertThat(DateFormats.parse(text)).isEmpty();
    }
}
