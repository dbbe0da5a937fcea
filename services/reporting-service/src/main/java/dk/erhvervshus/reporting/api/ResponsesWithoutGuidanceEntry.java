package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.ResponsesWithoutGuidance;

import java.util.List;

/**
 * Survey responses whose company had no course of the house started in the year or the year
 * before: {@code count} all of them, {@code responses} the first 100 by response id. They still
 * count in the goal; the list is for the house to check.
 */
public record ResponsesWithoutGuidanceEntry(long count, List<ResponseEntry> responses) {

    static ResponsesWithoutGuidanceEntry of(ResponsesWithoutGuidance w) {
        return new ResponsesWithoutGuidanceEntry(w.count(), w.responses().stream()
                .map(r -> new ResponseEntry(r.responseId(), r.cvr()))
                .toList());
    }

    /** One response to check. */
    public record ResponseEntry(String responseId, String cvr) {
    }
}
