package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The write services' event stores against the ground truth: every acknowledged change is one
 * event of its aggregate, so each aggregate must have exactly as many events as the ground truth
 * folded versions. Read as each service's own database role.
 */
final class WriteSideAudit {

    private final RunningSystem system;

    WriteSideAudit(RunningSystem system) {
        this.system = system;
    }

    /** guidance's and survey's event stores, each against its part of the snapshot. */
    StreamCount compare(GroundTruth.Snapshot truth) {
        StreamCount guidance = StreamCount.compare(truth.guidanceVersions(), eventsPerAggregate("guidance"));
        StreamCount survey = StreamCount.compare(truth.surveyVersions(), eventsPerAggregate("survey"));
        java.util.List<String> differences = new java.util.ArrayList<>(guidance.differences());
        differences.addAll(survey.differences());
        return new StreamCount(guidance.aggregates() + survey.aggregates(), guidance.lostEvents() + survey.lostEvents(),
                guidance.extraEvents() + survey.extraEvents(), differences);
    }

    private Map<String, Long> eventsPerAggregate(String database) {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = system.connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select aggregate_id, count(*) from events group by aggregate_id")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of " + database + ": " + e.getMessage(), e);
        }
        return counts;
    }
}
