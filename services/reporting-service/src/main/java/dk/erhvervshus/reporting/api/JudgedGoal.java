package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.reporting.goals.GoalResult;

/** A goal's verdict as of the request's date, with its breakdown in the answer's JSON shape (null when none). */
record JudgedGoal(GoalResult result, JsonNode breakdown) {
}
