package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.Fraction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Values are computed exactly and rounded only here: one decimal, half up, no ".0" on whole numbers. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal oneDecimal(Fraction value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.toBigDecimal(1, RoundingMode.HALF_UP);
        return rounded.remainder(BigDecimal.ONE).signum() == 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : oneDecimal(Fraction.of(value));
    }
}
