package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.Fraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @Test
    void values_are_rounded_half_up_to_one_decimal() {
        assertThat(Decimals.oneDecimal(Fraction.of(125, 2))).hasToString("62.5");
        assertThat(Decimals.oneDecimal(Fraction.of(200, 3))).hasToString("66.7");
        assertThat(Decimals.oneDecimal(Fraction.of(100, 3))).hasToString("33.3");
        assertThat(Decimals.oneDecimal(Fraction.of(1, 20))).hasToString("0.1");
        assertThat(Decimals.oneDecimal(Fraction.percent(6592, 17645))).hasToString("37.4");
    }

    @Test
    void whole_numbers_have_no_decimals() {
        assertThat(Decimals.oneDecimal(Fraction.of(800))).hasToString("800");
        assertThat(Decimals.oneDecimal(new java.math.BigDecimal("50.00"))).hasToString("50");
        assertThat(Decimals.oneDecimal(Fraction.of(1999, 20))).hasToString("100"); // 99.95 rounds up
    }

    @Test
    void no_value_stays_no_value() {
        assertThat(Decimals.oneDecimal((Fraction) null)).isNull();
    }
}
