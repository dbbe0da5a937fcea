package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/houses/{house}/years/{year}/goals}: every goal of the catalogue, in contract order.
 * {@code dataAsOf}: per source topic, the recorded time of the newest event the figures include (null before any).
 */
public record GoalsResponse(String house, int year, LocalDate asOf, Instant computedAt,
                            @Schema(description = DATA_AS_OF) Map<String, Instant> dataAsOf, List<GoalSummary> goals) {

    static final String DATA_AS_OF = "per source topic (guidance-events, survey-events), the recorded time of the newest "
            + "event applied from it, null before any: the figures are as of then (\"figures from 10:42\")";
}
