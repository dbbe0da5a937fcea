package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.time.LocalDate;

/** A status report of one goal activity of Nordjylland's 2023 catalogue. */
record ActivityReport(int year, String activityId, ActivityStatus status, LocalDate changedOn, String note) {

    String aggregateId() {
        return "activity:" + Course.HOUSE + ":" + year + ":" + activityId;
    }
}
