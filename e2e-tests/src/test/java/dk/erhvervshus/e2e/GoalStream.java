package dk.erhvervshus.e2e;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An open {@code goals/stream} of one reporting-service instance, read as a browser's EventSource
 * would: each {@code goal-changed} event (id, data) lands in a queue; heartbeats are counted.
 */
final class GoalStream implements AutoCloseable {

    record Event(long id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Long> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int heartbeats;
    private volatile int status;

    private GoalStream(String url, String token, Long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(answer -> {
            status = answer.statusCode();
            Thread reader = new Thread(() -> read(answer.body()), "goal-stream-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    static GoalStream open(String baseUrl, String path, String token, Long lastEventId) {
        return new GoalStream(baseUrl + path, token, lastEventId);
    }

    /** The next goal-changed event, or null when none arrives within {@code wait}. */
    Event next(Duration wait) {
        try {
            return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every event that arrives until none comes for {@code quiet}. */
    List<Event> drain(Duration quiet) {
        List<Event> drained = new ArrayList<>();
        Event event;
        while ((event = next(quiet)) != null) {
            drained.add(event);
        }
        return drained;
    }

    /** The ids of every event received so far, in the order they came. */
    List<Long> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Long> receivedAfter(long id) {
        return received().stream().filter(r -> r > id).toList();
    }

    int heartbeats() {
        return heartbeats;
    }

    int status() {
        return status;
    }

    private void read(Stream<String> lines) {
        long id = -1;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        received.add(id);
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = -1;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    heartbeats++;
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (UncheckedIOException e) {
            // the stream was closed
        }
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
