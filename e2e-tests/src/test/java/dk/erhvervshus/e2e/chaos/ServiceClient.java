package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.stack.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One client of one service, with its caller's bearer token: sends a request and returns what came
 * back, or that nothing did. It never retries by itself ({@link ClientWorker} decides that), and an
 * answer that never came is an {@link Answer#none}, not an exception.
 */
final class ServiceClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Longer than any write takes, even a CSV import waiting for a restarted database. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final ServiceProcess service;
    private final String token;
    private final Consumer<Answer> observer;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();

    /** @param observer is told of every answer, and of every answer that never came */
    ServiceClient(ServiceProcess service, String token, Consumer<Answer> observer) {
        this.service = service;
        this.token = token;
        this.observer = observer;
    }

    Answer post(String path, String contentType, byte[] body, Map<String, String> headers) {
        return send("POST", path, contentType, body, headers);
    }

    Answer put(String path, String contentType, byte[] body) {
        return send("PUT", path, contentType, body, Map.of());
    }

    Answer get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    private Answer send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), null);
        } catch (IOException e) {
            answer = Answer.none(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + service.name(), e);
        }
        observer.accept(answer);
        return answer;
    }
}
