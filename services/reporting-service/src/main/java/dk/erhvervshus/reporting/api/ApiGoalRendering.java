package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.reporting.goals.GoalBreakdown;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.maintained.GoalRendering;
import jakarta.enterprise.context.ApplicationScoped;

/** The API's records as JSON trees, with the REST layer's own mapper: stored, they are answered byte for byte. */
@ApplicationScoped
class ApiGoalRendering implements GoalRendering {

    private final ObjectMapper json;

    ApiGoalRendering(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public JsonNode breakdown(GoalBreakdown breakdown) {
        return breakdown == null ? null : json.valueToTree(GoalResponses.breakdowns(breakdown));
    }

    @Override
    public JsonNode summary(GoalResult result) {
        return json.valueToTree(GoalResponses.summary(result));
    }
}
