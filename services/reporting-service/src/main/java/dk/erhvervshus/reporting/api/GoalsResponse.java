package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.maintained.FeedStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/v1/houses/{house}/years/{year}/goals}: every goal of the catalogue, in contract order.
 * {@code dataAsOf}: per source topic, the recorded time of the newest event the figures include (null before any).
 */
public record GoalsResponse(String house, int year, LocalDate asOf,
                            @Schema(description = KNOWN_AT) Instant knownAt,
                            Instant computedAt,
                            @Schema(description = DATA_AS_OF) Map<String, Instant> dataAsOf,
                            @Schema(description = FRESHNESS) Map<String, FeedStatus> freshness,
                            List<GoalSummary> goals) {

    static final String DATA_AS_OF = "per source topic (guidance-events, survey-events), the recorded time of the newest "
            + "event applied from it, null before any: the figures are as of then (\"figures from 10:42\")";
    static final String KNOWN_AT = "the knowledge the answer reads: only events recorded at or before this instant count "
            + "(the request's knownAt; without one, the time of the answer: everything known)";
    static final String FRESHNESS = "per feed the goals read (guidance, user-evaluation, awareness, referrals, "
            + "register-figures, cohorts): the newest applied event's recorded time, how many facts the goals read, "
            + "parked events, and for the user evaluation the response rate";
    static final String FEEDS = "the keys of freshness this goal reads, in that object's order: its own feed, and for "
            + "the survey goals guidance too (their data check: responses without a guidance course)";
}
