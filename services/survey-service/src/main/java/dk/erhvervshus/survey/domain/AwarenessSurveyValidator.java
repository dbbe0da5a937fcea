package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.Validated;
import dk.erhvervshus.validation.Validation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Turns an awareness survey result into {@link AwarenessSurveyRecorded}, or names every bad field.
 *
 * <p>{@code conductedOn} is optional. When absent it defaults to 31 December of the survey's year,
 * or to today while that year is still running: goal 1 picks "the latest survey of the year" by
 * this date, so a survey sent without one counts as the latest known so far, and a default never
 * lies in the future.
 */
public final class AwarenessSurveyValidator {

    /** Far above any survey's sample size; stops an overflow-sized number early. */
    public static final int MAX_RESPONDENTS = 10_000_000;

    private final KnownHouses houses;
    private final Clock clock;

    public AwarenessSurveyValidator(Houses houses, Clock clock) {
        this.houses = new KnownHouses(houses);
        this.clock = clock;
    }

    public Validated<AwarenessSurveyRecorded> validate(AwarenessSurveyForm form) {
        Validation v = new Validation(clock, DateFormats.SPELLING);
        LocalDate today = v.today();
        String surveyId = v.requiredId("surveyId", form.surveyId());
        House house = houses.requireOnboarded(v, "house", form.house());
        Integer year = v.requiredYear("year", form.year());
        Integer respondents = v.requiredInteger("respondents", form.respondents(), 1, MAX_RESPONDENTS);
        Integer awareOfHouse = v.requiredInteger("awareOfHouse", form.awareOfHouse(), 0, MAX_RESPONDENTS);
        Integer awareOfGreen = v.requiredInteger("awareOfGreenServices", form.awareOfGreenServices(), 0,
                MAX_RESPONDENTS);
        if (respondents != null && awareOfHouse != null && awareOfHouse > respondents) {
            v.reject("awareOfHouse", "must not exceed respondents (" + respondents + ")");
        }
        if (awareOfHouse != null && awareOfGreen != null && awareOfGreen > awareOfHouse) {
            v.reject("awareOfGreenServices", "must not exceed awareOfHouse (" + awareOfHouse
                    + "): it counts among those aware of the house");
        }
        LocalDate conductedOn = v.optionalDate("conductedOn", form.conductedOn());
        if (year != null && conductedOn != null && conductedOn.getYear() != year && conductedOn.getYear() != year + 1) {
            v.reject("conductedOn", "must be in the survey year " + year + " or the year after, was " + conductedOn);
        }
        return v.result(() -> new AwarenessSurveyRecorded(surveyId, house.id(), year, respondents, awareOfHouse,
                awareOfGreen, conductedOn != null ? conductedOn : defaultConductedOn(year, today)));
    }

    private static LocalDate defaultConductedOn(int year, LocalDate today) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return today.isBefore(endOfYear) ? today : endOfYear;
    }
}
