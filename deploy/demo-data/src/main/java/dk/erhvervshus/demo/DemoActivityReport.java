package dk.erhvervshus.demo;

import java.time.LocalDate;

/** One status report on a goal activity, as sent to PUT .../activities/{activityId}. */
public record DemoActivityReport(int year, String activityId, String status, String note, LocalDate changedOn) {
}
