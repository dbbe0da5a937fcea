package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks a status report for a goal activity. Which activities exist is data: the goal catalogue
 * of the house and year; an id outside it is "not found", not a bad field. The path is judged as in
 * every service: a malformed year is a bad field (400), an unknown house a 404 naming {@code house}.
 */
public final class ActivityCommandValidator {

    public static final int MAX_NOTE = 1000;

    private final KnownHouses houses;
    private final GoalCatalogues catalogues;
    private final Clock clock;

    public ActivityCommandValidator(Houses houses, GoalCatalogues catalogues, Clock clock) {
        this.houses = new KnownHouses(houses);
        this.catalogues = catalogues;
        this.clock = clock;
    }

    public ChangeActivityStatus toStatusChange(String house, String year, String activityId,
                                               String status, String note, String changedOn) {
        Validation path = new Validation(clock);
        Integer contractYear = path.requiredPlanningYear("year", year);
        path.throwIfInvalid();
        House known = houses.inPath("house", house);
        GoalCatalogue catalogue = catalogues.find(known.id(), contractYear)
                .orElseThrow(() -> new NotFoundException("year",
                        "house '" + known.id() + "' has no goal catalogue for " + contractYear));
        if (activityId == null || catalogue.activity(activityId).isEmpty()) {
            throw new NotFoundException("activityId", "activity '" + Validation.echo(String.valueOf(activityId))
                    + "' is not in the " + contractYear + " goal catalogue of house " + known.id());
        }
        Validation v = new Validation(clock);
        ActivityStatus parsedStatus = v.requiredCode("status", status, ActivityStatus.class);
        String text = v.optionalTextRejectingBlank("note", note, MAX_NOTE);
        LocalDate date = changedOn == null ? v.today() : v.optionalDate("changedOn", changedOn);
        v.throwIfInvalid();
        return new ChangeActivityStatus(known.id(), contractYear, activityId, parsedStatus, text, date);
    }
}
