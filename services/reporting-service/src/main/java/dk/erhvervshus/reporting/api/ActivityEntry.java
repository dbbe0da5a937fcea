package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** A catalogue activity as of the date; PLANNED without changedOn when it was never reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityEntry(String id, String title, String status, LocalDate changedOn, String note) {
}
