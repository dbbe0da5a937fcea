package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How far one feed has reached the goals of a house-year: the recorded time of the newest applied
 * event of the feed for the house, how many of its facts the goals read, how many of its events
 * are parked for the house, and for the user evaluation the response rate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStatus(
        @Schema(description = "recorded time (the producing service's recordedAt) of the newest applied event of "
                + "this feed for the house; null before the first") Instant newestRecordedAt,
        @Schema(description = "how many facts of this feed the goals of the year read") long facts,
        @Schema(description = "events of this feed for the house that are parked (see the operations API)")
        long parkedEvents,
        @Schema(description = "user evaluation only: responses of the year per company guided in the year and "
                + "enrolled in the evaluation, in percent, one decimal; null without enrolled companies")
        BigDecimal responseRatePercent) {

    public FeedStatus withParked(long parked) {
        return new FeedStatus(newestRecordedAt, facts, parked, responseRatePercent);
    }
}
