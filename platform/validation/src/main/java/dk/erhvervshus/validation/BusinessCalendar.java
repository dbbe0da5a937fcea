package dk.erhvervshus.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The plausible window of every business date and year the services accept: nothing this project
 * counts happened before 2000, and nothing has happened after today (in the houses' zone, from the
 * injected clock). A planning year (the {@code year} of a contract in a path) may be next year.
 */
public final class BusinessCalendar {

    public static final int FIRST_YEAR = 2000;
    public static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);

    private final Clock clock;

    public BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public int thisYear() {
        return today().getYear();
    }

    /** The last year a contract can be planned for: next year. */
    public int lastPlanningYear() {
        return thisYear() + 1;
    }

    /** December 31st of next year: the latest date a question about a planning year can be asked as of. */
    public LocalDate endOfNextYear() {
        return LocalDate.of(lastPlanningYear(), 12, 31);
    }
}
