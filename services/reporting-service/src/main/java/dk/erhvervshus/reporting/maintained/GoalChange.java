package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One change of a maintained goal: {@code seq} orders all changes of all instances (the stream's
 * event id), {@code goal} is the goal as the goals list shows it, judged when the change was made.
 */
public record GoalChange(long seq, String house, int year, String goalId, Instant changedAt, JsonNode goal) {
}
