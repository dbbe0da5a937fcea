package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.erhvervshus.e2e.Caller;
import dk.erhvervshus.e2e.RunningSystem;
import dk.erhvervshus.stack.ServiceProcess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one reporting-service answers, read as a dashboard of the house: for each year and asOf the
 * goals, every goal's detail and the municipality split. The time of computing, the knowledge read
 * (without a knownAt: the time of the answer) and the data's freshness stamp are removed: they are
 * when, not what.
 */
final class GoalReadings {

    /** Answer fields that say when the answer was made or the data last moved, not what the goals are. */
    static final Set<String> TIMESTAMPS = Set.of("computedAt", "knownAt", "dataAsOf");

    /** One (year, asOf); asOf null is the service's default, today. A year without a catalogue is only a status. */
    record Reading(int year, String asOf, int status, JsonNode goals, Map<String, JsonNode> details, JsonNode municipalities) {
        String label() {
            return year + (asOf == null ? " (default asOf)" : " asOf " + asOf);
        }

        List<String> goalIds() {
            List<String> ids = new ArrayList<>();
            goals.path("goals").forEach(goal -> ids.add(goal.path("id").asText()));
            return ids;
        }

        JsonNode summary(String goalId) {
            for (JsonNode goal : goals.path("goals")) {
                if (goal.path("id").asText().equals(goalId)) {
                    return goal;
                }
            }
            return null;
        }
    }

    private GoalReadings() {
    }

    static List<Reading> read(RunningSystem system, ServiceProcess reporting, Map<Integer, List<String>> asOfsByYear) {
        ServiceClient client = new ServiceClient(reporting, system.token(Caller.DASHBOARD), answer -> {
        });
        List<Reading> readings = new ArrayList<>();
        asOfsByYear.forEach((year, asOfs) -> {
            for (String asOf : asOfs) {
                readings.add(read(client, year, asOf));
            }
        });
        return readings;
    }

    private static Reading read(ServiceClient client, int year, String asOf) {
        String base = "/api/v1/houses/" + Course.HOUSE + "/years/" + year;
        String query = asOf == null ? "" : "?asOf=" + asOf;
        Answer goals = ok(client, base + "/goals" + query);
        if (goals.status() != 200) {
            return new Reading(year, asOf, goals.status(), null, Map.of(), null);
        }
        Reading reading = new Reading(year, asOf, 200, withoutTimestamps(goals.json()), new LinkedHashMap<>(),
                withoutTimestamps(ok(client, base + "/municipalities" + query).json()));
        for (String goalId : reading.goalIds()) {
            reading.details().put(goalId, withoutTimestamps(ok(client, base + "/goals/" + goalId + query).json()));
        }
        return reading;
    }

    /** A read that fails (503 while a database is still coming back, no answer) is tried again for a while. */
    private static Answer ok(ServiceClient client, String path) {
        Answer answer = client.get(path);
        for (int i = 0; i < 60 && (!answer.answered() || answer.status() >= 500); i++) {
            Pipeline.sleep(java.time.Duration.ofMillis(500));
            answer = client.get(path);
        }
        if (!answer.answered() || (answer.status() != 200 && answer.status() != 404)) {
            throw new IllegalStateException("GET " + path + " answered " + answer.excerpt());
        }
        return answer;
    }

    private static JsonNode withoutTimestamps(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(TIMESTAMPS);
        }
        return node;
    }
}
