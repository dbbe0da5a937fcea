package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Checks a status report for a goal activity. Which activities exist is data: the goal catalogue
 * of the house and year; an id outside it is "not found", not a bad field.
 */
public final class ActivityCommandValidator {

    public static final int MAX_NOTE = 1000;

    /** House ids become part of a classpath resource name; anything else is simply not a house. */
    private static final Pattern HOUSE_ID = Pattern.compile("[a-z0-9-]{1,50}");

    private final GoalCatalogues catalogues;
    private final Clock clock;

    public ActivityCommandValidator(GoalCatalogues catalogues, Clock clock) {
        this.catalogues = catalogues;
        this.clock = clock;
    }

    public ChangeActivityStatus toStatusChange(String house, int year, String activityId,
                                               String status, String note, String changedOn) {
        if (house == null || !HOUSE_ID.matcher(house).matches()) {
            throw new NotFoundException("no house " + house);
        }
        GoalCatalogue catalogue = catalogues.find(house, year)
                .orElseThrow(() -> new NotFoundException("no goal catalogue for house " + house + " and year " + year));
        if (catalogue.activity(activityId).isEmpty()) {
            throw new NotFoundException("activity " + activityId + " is not in the " + year
                    + " goal catalogue of house " + house);
        }
        Validation v = new Validation();
        LocalDate today = LocalDate.now(clock);
        ActivityStatus parsedStatus = v.requiredCode("status", status, ActivityStatus.class);
        String text = v.optionalText("note", note, MAX_NOTE);
        LocalDate date = changedOn == null ? today : v.optionalDate("changedOn", changedOn, today);
        v.throwIfInvalid();
        return new ChangeActivityStatus(house, year, activityId, parsedStatus, text, date);
    }
}
