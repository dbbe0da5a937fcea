package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /api/v1/houses/nordjylland/years/{year}/activities/{id}} by the house's staff; sent
 * again it reports the status the activity already has, which stores nothing.
 */
final class ReportActivity extends Write {

    private final ActivityReport report;

    ReportActivity(Lane lane, ActivityReport report) {
        super(lane);
        this.report = report;
    }

    @Override
    String kind() {
        return "activity report";
    }

    @Override
    int events() {
        return 1;
    }

    @Override
    Attempt attempt(ServiceClient client) {
        ObjectNode body = Json.object();
        Json.put(body, "status", report.status());
        Json.put(body, "note", report.note());
        Json.put(body, "changedOn", report.changedOn());
        String path = "/api/v1/houses/" + Course.HOUSE + "/years/" + report.year() + "/activities/" + report.activityId();
        return Attempt.judge(client.put(path, Json.TYPE, Json.bytes(body)), answer -> Attempt.ACKNOWLEDGED);
    }

    @Override
    void record(GroundTruth truth) {
        truth.activityReported(report);
    }
}
