package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static dk.erhvervshus.survey.domain.TestFixtures.fieldsOf;
import static dk.erhvervshus.survey.domain.TestFixtures.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

class CompanyFiguresValidatorTest {

    private final CompanyFiguresValidator validator = new CompanyFiguresValidator(TestFixtures.TODAY);

    @Test
    void revenue_and_full_time_equivalents_may_have_decimals() {
        CompanyFiguresReported figures = validator.validate(
                new CompanyFiguresForm("13585628", "2022", "12500000.75", "12.5")).orElseThrow();

        assertThat(figures).isEqualTo(new CompanyFiguresReported("13585628", 2022, new BigDecimal("12500000.75"),
                new BigDecimal("12.5")));
    }

    @ParameterizedTest
    @CsvSource({"12.50, 12.5", "1000, 1000", "1000.00, 1000", "1E+3, 1000", "0, 0", "0.000, 0"})
    void trailing_zeros_do_not_make_a_different_figure(String written, String stored) {
        BigDecimal fte = validator.validate(new CompanyFiguresForm("13585628", "2022", "1", written)).orElseThrow().fte();

        assertThat(fte.toPlainString()).isEqualTo(stored);
    }

    @Test
    void figures_are_not_negative() {
        assertThat(messageFor(validator.validate(new CompanyFiguresForm("13585628", "2022", "-1", "2")), "revenueDkk"))
                .isEqualTo("must not be negative");
        assertThat(fieldsOf(validator.validate(new CompanyFiguresForm("13585628", "2022", "1", "-0.5"))))
                .containsExactly("fte");
    }

    @Test
    void figures_are_numbers_of_a_sane_size() {
        assertThat(messageFor(validator.validate(new CompanyFiguresForm("13585628", "2022", "12.500.000,75", "1")),
                "revenueDkk")).contains("is not a number");
        assertThat(fieldsOf(validator.validate(new CompanyFiguresForm("13585628", "2022", "1e999999999", "1"))))
                .containsExactly("revenueDkk");
        assertThat(fieldsOf(validator.validate(new CompanyFiguresForm("13585628", "2022", "1", "0.0000001"))))
                .containsExactly("fte");
    }

    @Test
    void figures_of_a_year_that_has_not_come_are_rejected() {
        assertThat(messageFor(validator.validate(new CompanyFiguresForm("13585628", "2025", "1", "1")), "year"))
                .contains("future");
    }

    @Test
    void a_delivery_names_the_bad_fields_of_each_item() {
        Validated<List<CompanyFiguresReported>> delivery = validator.validateDelivery(List.of(
                new CompanyFiguresForm("13585628", "2022", "1000", "2"),
                new CompanyFiguresForm("13585627", "2022", "1000", "2"),
                new CompanyFiguresForm("19319970", null, "1000", "x")));

        assertThat(fieldsOf(delivery)).containsExactly("[1].cvr", "[2].year", "[2].fte");
    }

    @Test
    void a_valid_delivery_keeps_its_order() {
        List<CompanyFiguresReported> figures = validator.validateDelivery(List.of(
                new CompanyFiguresForm("13585628", "2021", "1000", "2"),
                new CompanyFiguresForm("13585628", "2023", "1200", "3"))).orElseThrow();

        assertThat(figures).extracting(CompanyFiguresReported::year).containsExactly(2021, 2023);
    }

    @Test
    void the_same_company_and_year_twice_in_one_delivery_is_rejected() {
        Validated<List<CompanyFiguresReported>> delivery = validator.validateDelivery(List.of(
                new CompanyFiguresForm("13585628", "2022", "1000", "2"),
                new CompanyFiguresForm("13585628", "2022", "1100", "2")));

        assertThat(messageFor(delivery, "[1].cvr")).isEqualTo(
                "CVR 13585628 has figures for 2022 twice in this delivery (also item 0)");
    }

    @Test
    void an_empty_delivery_or_a_missing_item_is_named() {
        assertThat(fieldsOf(validator.validateDelivery(List.of()))).containsExactly("body");
        assertThat(fieldsOf(validator.validateDelivery(null))).containsExactly("body");
        assertThat(fieldsOf(validator.validateDelivery(Arrays.asList(
                new CompanyFiguresForm("13585628", "2022", "1000", "2"), null)))).containsExactly("[1]");
    }
}
