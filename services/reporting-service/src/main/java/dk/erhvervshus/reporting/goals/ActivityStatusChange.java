package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.time.LocalDate;

/** One reported status of a goal activity; it holds from {@code changedOn} until a later report. */
public record ActivityStatusChange(String activityId, LocalDate changedOn, long version, ActivityStatus status, String note) {
}
