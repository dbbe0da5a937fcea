package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.reporting.goals.GoalBreakdown;
import dk.erhvervshus.reporting.goals.GoalResult;

/**
 * How the API shows a goal, for what the maintainer stores: a breakdown in the goal detail's
 * shape, and a goal as the goals list shows it (a change on the stream). The API implements it,
 * so the maintained goals are stored exactly as they are answered without depending on the API.
 */
public interface GoalRendering {

    /** The detail answer's {@code breakdowns}; null for null. */
    JsonNode breakdown(GoalBreakdown breakdown);

    /** The goal as one entry of the goals list. */
    JsonNode summary(GoalResult result);
}
