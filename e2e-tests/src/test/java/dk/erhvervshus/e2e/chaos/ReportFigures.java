package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/company-figures}: a delivery of register figures, all valid items stored in
 * one transaction; sent again each item is {@code unchanged}.
 */
final class ReportFigures extends Write {

    private final List<CompanyFigures> reports;

    ReportFigures(Lane lane, List<CompanyFigures> reports) {
        super(lane);
        this.reports = List.copyOf(reports);
    }

    @Override
    String kind() {
        return "company figures";
    }

    @Override
    int events() {
        return reports.size();
    }

    @Override
    Attempt attempt(ServiceClient client) {
        ArrayNode body = Json.array();
        for (CompanyFigures f : reports) {
            ObjectNode item = body.addObject();
            Json.put(item, "cvr", f.cvr());
            Json.put(item, "year", f.year());
            Json.put(item, "revenueDkk", f.revenueDkk());
            Json.put(item, "fte", f.fte());
        }
        return Attempt.judge(client.post("/api/v1/company-figures", Json.TYPE, Json.bytes(body), Map.of()), answer -> {
            JsonNode results = answer.json().path("results");
            if (results.size() != reports.size()) {
                return new Attempt.Refused(results.size() + " results for " + reports.size() + " figures: " + answer.excerpt());
            }
            Attempt worst = Attempt.ACKNOWLEDGED;
            for (JsonNode result : results) {
                String status = result.path("status").asText();
                if (!status.equals("accepted") && !status.equals("unchanged")) {
                    Attempt item = Attempt.itemRejected(result.path("problem").path("status").asInt(0), result.toString());
                    if (item instanceof Attempt.Refused) {
                        return item;
                    }
                    worst = item;
                }
            }
            return worst;
        });
    }

    @Override
    void record(GroundTruth truth) {
        truth.figuresReported(reports);
    }
}
