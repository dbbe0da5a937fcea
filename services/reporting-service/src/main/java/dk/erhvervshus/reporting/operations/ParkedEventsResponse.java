package dk.erhvervshus.reporting.operations;

import java.util.List;

/** The parked records the filters select, oldest first; at most {@code limit}. */
public record ParkedEventsResponse(List<ParkedEventEntry> parkedEvents, int count, int limit) {
}
