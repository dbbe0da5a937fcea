package dk.erhvervshus.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Talks to a write service's public v1 API, exactly as the CRM integration, the house's staff or
 * Erhvervsstyrelsen's feed would: every request carries that client's bearer token.
 */
final class PublicApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final URI baseUrl;
    private final String bearerToken;

    PublicApiClient(URI baseUrl, String bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** Sends one CRM batch; returns the per-item statuses (accepted, duplicate, rejected). */
    List<JsonNode> postCrmBatch(List<ObjectNode> events) throws IOException, InterruptedException {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode array = body.putArray("events");
        events.forEach(array::add);
        JsonNode answer = send("POST", "/api/v1/crm/guidance-events", body, null, 200);
        return List.copyOf(mapper.convertValue(answer.get("results"), mapper.getTypeFactory()
                .constructCollectionType(List.class, JsonNode.class)));
    }

    /** Registers one course directly; 200 or 201 both mean it is stored (a re-sent course is answered, not duplicated). */
    void postCourse(ObjectNode course, String idempotencyKey) throws IOException, InterruptedException {
        send("POST", "/api/v1/guidance-courses", course, idempotencyKey, 201, 200);
    }

    void putActivity(String house, int year, String activityId, ObjectNode body) throws IOException, InterruptedException {
        send("PUT", "/api/v1/houses/" + house + "/years/" + year + "/activities/" + activityId, body, null, 200, 201, 204);
    }

    /** POSTs JSON to a survey-service endpoint; any 2xx is fine, the body tells per item what happened. */
    JsonNode postJson(String path, JsonNode body) throws IOException, InterruptedException {
        return send("POST", path, body, null, 200, 201);
    }

    /** POSTs a CSV file, as Erhvervsstyrelsen's export is uploaded. */
    JsonNode postCsv(String path, byte[] csv) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(300))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)), "POST " + path, 200, 201);
    }

    private JsonNode send(String method, String path, JsonNode body, String idempotencyKey, int... okStatuses)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, method + " " + path, okStatuses);
    }

    private JsonNode send(HttpRequest.Builder request, String what, int... okStatuses)
            throws IOException, InterruptedException {
        request.header("Authorization", "Bearer " + bearerToken);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int ok : okStatuses) {
            if (response.statusCode() == ok) {
                return response.body().isBlank() ? mapper.createObjectNode() : mapper.readTree(response.body());
            }
        }
        throw new IOException(what + " answered " + response.statusCode() + ": " + response.body());
    }
}
