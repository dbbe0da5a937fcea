package dk.erhvervshus.reporting.api;

import java.util.List;

/**
 * Survey responses whose company had no course of the house started in the year or the year
 * before: {@code count} all of them, {@code responses} the first 100 by response id. They still
 * count in the goal; the list is for the house to check.
 */
public record ResponsesWithoutGuidanceEntry(long count, List<ResponseEntry> responses) {

    /** One response to check. */
    public record ResponseEntry(String responseId, String cvr) {
    }
}
