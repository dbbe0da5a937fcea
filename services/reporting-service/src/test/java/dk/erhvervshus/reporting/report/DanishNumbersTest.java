package dk.erhvervshus.reporting.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DanishNumbersTest {

    @Test
    void a_decimal_is_written_with_a_comma_and_exactly_the_apis_digits() {
        assertThat(DanishNumbers.text(new BigDecimal("62.5"))).isEqualTo("62,5");
        assertThat(DanishNumbers.text(new BigDecimal("27.3"))).isEqualTo("27,3");
        assertThat(DanishNumbers.text(new BigDecimal("0.1"))).isEqualTo("0,1");
        assertThat(DanishNumbers.text(new BigDecimal("100"))).isEqualTo("100");
    }

    @Test
    void thousands_are_grouped_with_a_dot_in_text_and_not_in_a_spreadsheet_cell() {
        assertThat(DanishNumbers.text(new BigDecimal("17645"))).isEqualTo("17.645");
        assertThat(DanishNumbers.text(new BigDecimal("1234567.8"))).isEqualTo("1.234.567,8");
        assertThat(DanishNumbers.text(new BigDecimal("999"))).isEqualTo("999");
        assertThat(DanishNumbers.cell(new BigDecimal("1234567.8"))).isEqualTo("1234567,8");
    }

    @Test
    void a_negative_nps_keeps_its_sign_and_a_missing_value_is_empty() {
        assertThat(DanishNumbers.text(new BigDecimal("-33.3"))).isEqualTo("-33,3");
        assertThat(DanishNumbers.text(new BigDecimal("-1500"))).isEqualTo("-1.500");
        assertThat(DanishNumbers.text((BigDecimal) null)).isEmpty();
        assertThat(DanishNumbers.cell(null)).isEmpty();
    }
}
