package dk.erhvervshus.contracts.codes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CvrTest {

    @ParameterizedTest
    @ValueSource(strings = {"13585628", "19319970"})
    void a_cvr_number_whose_weighted_digit_sum_is_divisible_by_11_is_valid(String cvr) {
        assertThat(Cvr.isValid(cvr)).isTrue();
    }

    @Test
    void a_mistyped_last_digit_fails_the_modulus_11_check() {
        assertThat(Cvr.hasEightDigits("13585627")).isTrue();
        assertThat(Cvr.isValid("13585627")).isFalse();
    }

    @Test
    void eight_zeros_pass_the_sum_but_are_no_company_s_number() {
        assertThat(Cvr.passesModulus11("00000000")).isTrue();
        assertThat(Cvr.isReserved("00000000")).isTrue();
        assertThat(Cvr.isValid("00000000")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1358562", "135856280", "1358562a", " 3585628", "13 85628", "１３５８５６２８",
            " 13585628", "13585628 ", "1358 5628", "13585628\n", "\t13585628"})
    void anything_but_eight_ascii_digits_is_not_a_cvr_number_and_nothing_is_stripped(String cvr) {
        assertThat(Cvr.hasEightDigits(cvr)).isFalse();
        assertThat(Cvr.isValid(cvr)).isFalse();
    }
}
