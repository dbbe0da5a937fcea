import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load: request i starts at {@code start + i / rate} whether or not earlier ones were
 * answered (java.net.http, asynchronous), and its latency is taken from that scheduled start, so a
 * client or server that falls behind shows up in the latencies instead of quietly lowering the rate
 * (no coordinated omission). At most {@link #CONNECTIONS} requests are in flight (java.net.http opens a
 * connection per outstanding HTTP/1.1 request, and an unbounded storm of new connections measures the
 * accept queue instead of the endpoint); a request that waits for one waits on its own clock, as a
 * fixed pool of connections would. An answer with another status than {@code expectedStatus}, or none within
 * the request timeout, is an error, counted by kind; its latency still counts.
 */
final class OpenLoad {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int CONNECTIONS = 64;

    /**
     * Latencies in nanoseconds, sorted; errors by kind; how far behind schedule the last request was sent;
     * the machine's 1-minute load average when the load ended (the cores are shared: a figure means little
     * without it).
     */
    record Result(int rate, long[] sortedNanos, Map<String, Integer> errors, double sendLagMillis, double loadAverage) {

        double percentileMillis(double percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }

        double p50() {
            return percentileMillis(50);
        }

        double p99() {
            return percentileMillis(99);
        }

        double maxMillis() {
            return sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        String line(String label) {
            return String.format(Locale.ROOT, "  %-44s %5d/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %s  (load %.1f)",
                    label, rate, p50(), p99(), maxMillis(), errorCount() == 0 ? "0" : errors.toString(), loadAverage);
        }
    }

    private OpenLoad() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends {@code rate * seconds} requests built by {@code request} (given the request's index) on schedule. */
    static Result run(HttpClient http, IntFunction<HttpRequest> request, int expectedStatus, int rate, double seconds)
            throws InterruptedException {
        int count = (int) Math.round(rate * seconds);
        long period = 1_000_000_000L / rate;
        long[] latencies = new long[count];
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        CountDownLatch answered = new CountDownLatch(count);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(CONNECTIONS);
        long start = System.nanoTime() + 5_000_000L;
        long lag = 0;
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * period;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                lag = -wait;
            }
            int index = i;
            inFlight.acquire();
            http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - scheduled;
                if (failure != null) {
                    errors.merge(rootCause(failure).getClass().getSimpleName(), 1, Integer::sum);
                } else if (response.statusCode() != expectedStatus) {
                    errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                }
                inFlight.release();
                answered.countDown();
            });
        }
        if (!answered.await(REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(answered.getCount() + " of " + count + " requests never completed");
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(rate, sorted, new TreeMap<>(errors), lag / 1e6, loadAverage());
    }

    /** The 1-minute load average of the machine (/proc/loadavg), NaN where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
