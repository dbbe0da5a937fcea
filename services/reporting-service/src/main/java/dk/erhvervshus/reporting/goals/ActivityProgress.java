package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.time.LocalDate;

/**
 * Where a catalogue activity stood as of a date. {@code changedOn} and {@code note} are null for an
 * activity never reported, which counts as PLANNED.
 */
public record ActivityProgress(String id, String title, ActivityStatus status, LocalDate changedOn, String note) {

    public boolean isDone() {
        return status == ActivityStatus.DONE;
    }
}
