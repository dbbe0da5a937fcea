package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.validation.Validated;
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
    void each_item_of_a_delivery_is_judged_on_its_own_with_fields_named_within_the_item() {
        List<Validated<CompanyFiguresReported>> items = validator.validateEach(List.of(
                new CompanyFiguresForm("13585628", "2022", "1000", "2"),
                new CompanyFiguresForm("13585627", "2022", "1000", "2"),
                new CompanyFiguresForm("19319970", null, "1000", "x")));

        assertThat(items.get(0).isValid()).isTrue();
        assertThat(fieldsOf(items.get(1))).containsExactly("cvr");
        assertThat(fieldsOf(items.get(2))).containsExactly("year", "fte");
    }

    @Test
    void a_delivery_keeps_its_order() {
        List<Validated<CompanyFiguresReported>> items = validator.validateEach(List.of(
                new CompanyFiguresForm("13585628", "2021", "1000", "2"),
                new CompanyFiguresForm("13585628", "2023", "1200", "3")));

        assertThat(items).extracting(item -> item.value().year()).containsExactly(2021, 2023);
    }

    @Test
    void the_same_company_and_year_twice_in_one_delivery_rejects_both_and_names_the_rows() {
        List<Validated<CompanyFiguresReported>> items = validator.validateEach(List.of(
                new CompanyFiguresForm("13585628", "2022", "1000", "2"),
                new CompanyFiguresForm("19319970", "2022", "1000", "2"),
                new CompanyFiguresForm("13585628", "2022", "1100", "2")));

        String expected = "CVR 13585628 has figures for 2022 more than once in this delivery (rows 1, 3); send one";
        assertThat(messageFor(items.get(0), "cvr")).isEqualTo(expected);
        assertThat(messageFor(items.get(2), "cvr")).isEqualTo(expected);
        assertThat(items.get(1).isValid()).isTrue();
    }

    @Test
    void an_empty_delivery_has_no_items_and_a_missing_item_is_named() {
        assertThat(validator.validateEach(List.of())).isEmpty();
        assertThat(fieldsOf(validator.validateEach(Arrays.asList(
                new CompanyFiguresForm("13585628", "2022", "1000", "2"), null)).get(1))).containsExactly("body");
    }
}
