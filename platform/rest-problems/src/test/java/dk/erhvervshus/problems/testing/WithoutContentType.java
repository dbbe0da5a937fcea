package dk.erhvervshus.problems.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a body without any {@code Content-Type}, which rest-assured cannot do (it always names one
 * for a body): the JSON endpoints must answer 415 to it. Shared by the services' bad-input tests.
 */
public final class WithoutContentType {

    private WithoutContentType() {
    }

    public static HttpResponse<String> send(URI root, String method, String path, String body, String bearerToken)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + bearerToken)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        if (request.headers().firstValue("Content-Type").isPresent()) {
            throw new IllegalStateException("the JDK client added a Content-Type");
        }
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
