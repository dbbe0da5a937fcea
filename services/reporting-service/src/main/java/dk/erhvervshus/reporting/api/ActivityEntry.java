package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.ActivityProgress;

import java.time.LocalDate;

/** A catalogue activity as of the date; PLANNED without changedOn when it was never reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityEntry(String id, String title, String status, LocalDate changedOn, String note) {

    static ActivityEntry of(ActivityProgress a) {
        return new ActivityEntry(a.id(), a.title(), a.status().name(), a.changedOn(), a.note());
    }
}
