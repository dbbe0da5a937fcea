package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return Attempt.judge(client.post("/api/v1/company-figures", Json.TYPE, Json.bytes(body), Map.of()),
                answer -> Attempt.judgeItems(answer, reports.size(), "figures", Set.of("accepted", "unchanged")));
    }

    @Override
    void record(GroundTruth truth) {
        truth.figuresReported(reports);
    }
}
