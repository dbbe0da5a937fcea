package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.maintained.FeedStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The goals of a house-year as a request asked for them (asOf, knownAt), with the freshness of each
 * feed; {@code maintained} says whether they came from the maintained goals or were computed from
 * the facts (an earlier asOf than the latest fact, or a knownAt in the past). {@code dataAsOf} was
 * read before the facts the goals come from: they include at least what it claims.
 */
record GoalSnapshot(List<JudgedGoal> goals, Map<String, FeedStatus> freshness, Map<String, Instant> dataAsOf,
                    Instant knownAt, boolean maintained) {

    JudgedGoal goal(String goalId) {
        return goals.stream().filter(g -> g.result().goal().id().equals(goalId)).findFirst().orElseThrow();
    }
}
