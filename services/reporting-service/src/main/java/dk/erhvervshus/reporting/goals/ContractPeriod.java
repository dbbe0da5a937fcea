package dk.erhvervshus.reporting.goals;

import java.time.LocalDate;
import java.time.Year;

/**
 * A contract year seen at the end of the day {@code asOf}. The year has ended once asOf reaches
 * December 31st: an answer "as of Dec 31" is the year's final state.
 */
public record ContractPeriod(int year, LocalDate asOf) {

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    public boolean hasEnded() {
        return !asOf.isBefore(lastDay());
    }

    /** Days of the year passed by the end of asOf, over the days in the year; 0 before it starts, 1 after. */
    public Fraction elapsedFraction() {
        if (asOf.isBefore(firstDay())) {
            return Fraction.ZERO;
        }
        if (hasEnded()) {
            return Fraction.ONE;
        }
        return Fraction.of(asOf.getDayOfYear(), Year.of(year).length());
    }

    /** The latest start date that can count: the end of the year or asOf, whichever is earlier. */
    public LocalDate lastCountingDay() {
        return asOf.isBefore(lastDay()) ? asOf : lastDay();
    }
}
