import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freshness: an acknowledged write to visible in the goals, beside Kafka's own end-to-end latency
 * on the same broker in the same run. A writer registers guidance courses (a new company each,
 * nordjylland, started 2023) as the CRM integration at RATE writes/s for SECONDS (open model); for
 * each it notes the moment of its 201 (t_ack) and at once sends {@code GET .../goals} with the write's
 * Consistency-Token, which reporting-service answers once the write is in the maintained goals. A
 * reader holds {@code GET .../goals/stream} open and notes when each new count of
 * G11-UNIQUE-COMPANIES (one more company per write) arrives; the write acknowledged k-th is
 * attributed the moment the count first reached start + k. Prints p50/p99/max of ack -> on the
 * stream and ack -> GET-with-token answered beside Kafka's produce -> consume round trip, and the
 * ratios. See bench/freshness.
 *
 * <pre>FreshnessBench STATE_DIR REPO RATE SECONDS</pre>
 */
public final class FreshnessBench {

    /** Every write of the run is a new company: its CVR comes from this serial, across the warm-up and every rate. */
    private static final AtomicInteger COMPANIES = new AtomicInteger();
    /** Probes with the Consistency-Token per second at most: each may wait up to the gate's max-wait, holding a connection. */
    private static final int PROBES_PER_SECOND = 50;
    private static final int MAX_PROBE_TRIES = 6;
    private static final String HOUSE_YEAR = "/api/v1/houses/nordjylland/years/2023";
    private static final int KAFKA_ROUND_TRIPS = 2000;
    private static final double WARMUP_SECONDS = 10;
    private static final Pattern UNIQUE = Pattern.compile("\"id\":\"G11-UNIQUE-COMPANIES\".*?\"actual\":([0-9]+)");
    private static final String[] MUNICIPALITIES = {"773", "787", "810", "813", "820", "825", "840", "846", "849", "851", "860"};

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: FreshnessBench STATE_DIR REPO RATE SECONDS");
            System.exit(2);
        }
        Path stateDir = Path.of(args[0]).toAbsolutePath();
        Path repo = Path.of(args[1]).toAbsolutePath();
        int rate = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);

        FullStack stack = FullStack.start(stateDir, repo, Map.of(
                "quarkus.log.category.\"dk.erhvervshus.reporting.maintained.GoalMaintainer\".level", "DEBUG",
                "quarkus.log.category.\"dk.erhvervshus.reporting.view.LatestFacts\".level", "DEBUG"));
        String crm = stack.token("bench-crm", "crm-integration", "nordjylland");
        String dashboard = stack.token("bench-dashboard", "dashboard", "nordjylland");
        HttpClient http = OpenLoad.client();
        String run = Long.toString(System.currentTimeMillis(), 36);

        long[] kafka = kafkaRoundTrips(stack);
        System.out.println(line("Kafka produce -> consume (sequential)", kafka));

        System.out.printf(Locale.ROOT, "warm-up: %.0f s of writes at %d/s...%n", WARMUP_SECONDS, Math.min(rate, 100));
        Writes warmup = write(stack, http, crm, dashboard, run + "-w", Math.min(rate, 100), WARMUP_SECONDS);
        stack.awaitSettled(Duration.ofMinutes(5));
        System.out.println(line("[warm-up] ack -> GET with token", warmup.tokenAnswered()));

        if (!warmup.errors().isEmpty()) {
            System.out.println("  [warm-up] errors: " + warmup.errors());
        }

        Measured first = measure(stack, http, crm, dashboard, run + "-a", rate, seconds, kafka);
        if (!first.sustained()) {
            // guidance-service could not keep up: measure again at a rate it did sustain (80 % of what it stored per second).
            int lower = Math.max(10, (int) (first.storedRate() * 0.8 / 10) * 10);
            System.out.printf(Locale.ROOT, "%d writes/s were not sustained (guidance-service stored %.0f writes/s); again at %d/s%n",
                    rate, first.storedRate(), lower);
            measure(stack, http, crm, dashboard, run + "-b", lower, seconds, kafka);
        }
        FullStack.printDerivations("maintainer's derivations of nordjylland/2023 (whole run)", stack.derivations());
    }

    private record Measured(boolean sustained, double storedRate) {
    }

    private static Measured measure(FullStack stack, HttpClient http, String crm, String dashboard, String run, int rate,
                                    double seconds, long[] kafka) throws Exception {
        stack.awaitSettled(Duration.ofMinutes(10));
        long before = uniqueCompanies(http, stack, dashboard);
        try (Stream stream = Stream.open(http, stack.reporting.baseUrl() + HOUSE_YEAR + "/goals/stream", dashboard)) {
            System.out.printf(Locale.ROOT, "measuring: %d writes/s for %.0f s, G11-UNIQUE-COMPANIES from %d...%n", rate, seconds, before);
            Writes writes = write(stack, http, crm, dashboard, run, rate, seconds);
            double settled = stack.awaitSettled(Duration.ofMinutes(10));
            Thread.sleep(1000);
            long[] onStream = writes.onStream(stream, before);
            long after = uniqueCompanies(http, stack, dashboard);
            double storedRate = stack.number("guidance", "select count(*) from events where aggregate_id like 'fresh-" + run + "-%'")
                    / Math.max(0.001, stack.number("guidance", "select coalesce(round(1000 * extract(epoch from max(recorded_at) - min(recorded_at))), 0)"
                    + " from events where aggregate_id like 'fresh-" + run + "-%'") / 1000.0);
            // Sustained: every write acknowledged, and stored as fast as scheduled (a queue in the client is not).
            boolean sustained = writes.acknowledged() == writes.count() && storedRate >= 0.95 * rate;

            System.out.println();
            System.out.printf(Locale.ROOT, "freshness, %d writes scheduled at %d/s for %.0f s (open model): %d acknowledged,"
                            + " guidance-service stored %.0f writes/s; settled %.1f s after the last; G11-UNIQUE-COMPANIES %d -> %d%n",
                    writes.count(), rate, seconds, writes.acknowledged(), storedRate, settled, before, after);
            if (!writes.errors().isEmpty()) {
                System.out.println("  errors: " + writes.errors());
            }
            System.out.println(line("write: scheduled -> acknowledged", writes.ackLatency()));
            System.out.println(line("ack -> GET with Consistency-Token answered", writes.tokenAnswered())
                    + String.format(Locale.ROOT, "   (one write in %d probed)", Math.max(1, rate / PROBES_PER_SECOND)));
            System.out.println(line("ack -> count on the goal stream (SSE)", onStream)
                    + String.format(Locale.ROOT, "   (%d of %d writes seen)", onStream.length, writes.acknowledged()));
            if (!sustained) {
                System.out.println("  (not sustained: " + (writes.acknowledged() < writes.count()
                        ? "writes went unacknowledged, so the stream's attribution by acknowledgement order is not exact)"
                        : "the writes queued in the client; latencies from the ack are still exact)"));
            }
            System.out.println(line("Kafka produce -> consume, same broker", kafka));
            System.out.printf(Locale.ROOT, "  ratio to Kafka's end-to-end latency: GET with token p50 %.0fx, p99 %.0fx; stream p50 %.0fx, p99 %.0fx"
                            + " (target p99 <= 250 ms)%n%n",
                    pct(writes.tokenAnswered(), 50) / pct(kafka, 50), pct(writes.tokenAnswered(), 99) / pct(kafka, 99),
                    pct(onStream, 50) / pct(kafka, 50), pct(onStream, 99) / pct(kafka, 99));
            return new Measured(sustained, storedRate);
        }
    }

    /** The acknowledgements of one open-model run of writes and the GETs with their tokens. */
    private record Writes(int count, long[] scheduled, long[] acked, long[] tokenAnsweredAt, Map<String, Integer> errors,
                          long firstScheduled) {

        int acknowledged() {
            return (int) Arrays.stream(acked).filter(t -> t != 0).count();
        }

        double reachedRate() {
            long last = Arrays.stream(acked).max().orElse(firstScheduled);
            return acknowledged() / ((last - firstScheduled) / 1e9);
        }

        long[] ackLatency() {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (acked[i] != 0) {
                    out.add(acked[i] - scheduled[i]);
                }
            }
            return sorted(out);
        }

        long[] tokenAnswered() {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (acked[i] != 0 && tokenAnsweredAt[i] != 0) {
                    out.add(tokenAnsweredAt[i] - acked[i]);
                }
            }
            return sorted(out);
        }

        /** The k-th acknowledged write is visible on the stream when the count first reaches before + k. */
        long[] onStream(Stream stream, long before) {
            long[] ackOrder = Arrays.stream(acked).filter(t -> t != 0).sorted().toArray();
            List<Long> out = new ArrayList<>();
            for (int k = 0; k < ackOrder.length; k++) {
                Long seen = stream.firstSeen(before + k + 1);
                if (seen != null) {
                    out.add(Math.max(0, seen - ackOrder[k]));
                }
            }
            return sorted(out);
        }
    }

    private static Writes write(FullStack stack, HttpClient http, String crm, String dashboard, String run, int rate,
                                double seconds) throws Exception {
        int count = (int) Math.round(rate * seconds);
        long period = 1_000_000_000L / rate;
        long[] scheduled = new long[count];
        long[] acked = new long[count];
        long[] answered = new long[count];
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(count);
        // Bounded as OpenLoad is: a write waiting for a connection waits on its own clock.
        java.util.concurrent.Semaphore writing = new java.util.concurrent.Semaphore(OpenLoad.CONNECTIONS);
        java.util.concurrent.Semaphore reading = new java.util.concurrent.Semaphore(8 * OpenLoad.CONNECTIONS);
        // A probe waits up to the gate's max-wait: sampled, so that the probes in flight stay bounded.
        int probeEvery = Math.max(1, rate / PROBES_PER_SECOND);
        URI courses = URI.create(stack.guidance.baseUrl() + "/api/v1/guidance-courses");
        URI goals = URI.create(stack.reporting.baseUrl() + HOUSE_YEAR + "/goals");
        long start = System.nanoTime() + 5_000_000L;
        for (int i = 0; i < count; i++) {
            scheduled[i] = start + i * period;
            long wait = scheduled[i] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            writing.acquire();
            HttpRequest post = HttpRequest.newBuilder(courses).timeout(OpenLoad.REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + crm).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(course(run, i, COMPANIES.getAndIncrement()))).build();
            http.sendAsync(post, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                writing.release();
                if (failure != null || response.statusCode() != 201) {
                    errors.merge(failure != null ? rootCause(failure) : "HTTP " + response.statusCode(), 1, Integer::sum);
                    done.countDown();
                    return;
                }
                acked[index] = System.nanoTime();
                String token = response.headers().firstValue("Consistency-Token").orElse(null);
                if (token == null) {
                    errors.merge("no Consistency-Token", 1, Integer::sum);
                    done.countDown();
                    return;
                }
                if (index % probeEvery != 0) {
                    done.countDown();
                    return;
                }
                HttpRequest get = HttpRequest.newBuilder(goals).timeout(OpenLoad.REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + dashboard).header("Consistency-Token", token).GET().build();
                if (!reading.tryAcquire()) {
                    errors.merge("GET with token: more than " + 8 * OpenLoad.CONNECTIONS + " waiting", 1, Integer::sum);
                    done.countDown();
                    return;
                }
                probe(http, get, 1, answered, index, errors, () -> {
                    reading.release();
                    done.countDown();
                });
            });
        }
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(done.getCount() + " of " + count + " writes never completed");
        }
        return new Writes(count, scheduled, acked, answered, new java.util.TreeMap<>(errors), start);
    }

    /**
     * GET with the Consistency-Token; a 503 (not in the goals within the gate's max-wait) is asked again,
     * as a client following Retry-After would, so the time runs from the ack until the write is in the
     * goals, however long that is.
     */
    private static void probe(HttpClient http, HttpRequest get, int attempt, long[] answered, int index,
                              Map<String, Integer> errors, Runnable finished) {
        http.sendAsync(get, HttpResponse.BodyHandlers.discarding()).whenComplete((read, failure) -> {
            if (failure == null && read.statusCode() == 200) {
                answered[index] = System.nanoTime();
            } else if (failure == null && read.statusCode() == 503 && attempt < MAX_PROBE_TRIES) {
                probe(http, get, attempt + 1, answered, index, errors, finished);
                return;
            } else {
                errors.merge("GET with token: " + (failure != null ? rootCause(failure) : "HTTP " + read.statusCode()
                        + (read.statusCode() == 503 ? " " + MAX_PROBE_TRIES + " times" : "")), 1, Integer::sum);
            }
            finished.run();
        });
    }

    /** A course of a new company: the CVR is the run's serial with its modulus-11 check digit. */
    private static String course(String run, int i, int company) {
        String cvr = cvr(company);
        return "{\"courseId\":\"fresh-" + run + "-" + i + "\",\"house\":\"nordjylland\",\"cvr\":\"" + cvr + "\","
                + "\"companyName\":\"Frisk " + i + " ApS\",\"municipalityCode\":\"" + MUNICIPALITIES[i % MUNICIPALITIES.length]
                + "\",\"category\":\"GROWTH\",\"themes\":[\"INNOVATION\"],\"startedOn\":\"2023-03-01\","
                + "\"sustainabilityWheelUsed\":false,\"enrolledInEvaluation\":false,\"origin\":\"DIRECT\"}";
    }

    /** The i-th CVR number (8 digits, first not 0, weights 2 7 6 5 4 3 2 1, sum divisible by 11), distinct per i. */
    static String cvr(int i) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        for (long candidate = 3_000_000L + i * 11L; ; candidate++) {
            String seven = Long.toString(candidate);
            int sum = 0;
            for (int d = 0; d < 7; d++) {
                sum += weights[d] * (seven.charAt(d) - '0');
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return seven + check;
            }
        }
    }

    private static long uniqueCompanies(HttpClient http, FullStack stack, String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.reporting.baseUrl() + HOUSE_YEAR + "/goals"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = UNIQUE.matcher(answer.body());
        return answer.statusCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The SSE stream of the house-year's goal changes: the moment each G11-UNIQUE-COMPANIES count first arrived. */
    private static final class Stream implements AutoCloseable {

        private final Map<Long, Long> firstSeen = new ConcurrentHashMap<>();
        private final java.util.concurrent.CompletableFuture<?> reading;
        private final AtomicInteger events = new AtomicInteger();
        private volatile long highest = -1;

        private Stream(java.util.concurrent.CompletableFuture<?> reading) {
            this.reading = reading;
        }

        static Stream open(HttpClient http, String url, String token) throws Exception {
            Stream[] self = new Stream[1];
            CountDownLatch opened = new CountDownLatch(1);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build();
            java.util.concurrent.CompletableFuture<HttpResponse<Void>> reading = http.sendAsync(request,
                    HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                        @Override
                        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                            subscription.request(Long.MAX_VALUE);
                            opened.countDown();
                        }

                        @Override
                        public void onNext(String line) {
                            self[0].line(line, System.nanoTime());
                        }

                        @Override
                        public void onError(Throwable throwable) {
                        }

                        @Override
                        public void onComplete() {
                        }
                    }));
            self[0] = new Stream(reading);
            if (!opened.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the goal stream did not open");
            }
            return self[0];
        }

        private void line(String line, long at) {
            if (!line.startsWith("data:")) {
                return;
            }
            events.incrementAndGet();
            Matcher m = Pattern.compile("\"id\":\"G11-UNIQUE-COMPANIES\".*?\"actual\":([0-9]+)").matcher(line);
            if (!m.find()) {
                return;
            }
            long count = Long.parseLong(m.group(1));
            synchronized (this) {
                // A change can carry several writes at once: every count up to it arrived now.
                for (long c = Math.max(highest + 1, count - 100_000); c <= count; c++) {
                    firstSeen.putIfAbsent(c, at);
                }
                highest = Math.max(highest, count);
            }
        }

        Long firstSeen(long count) {
            return firstSeen.get(count);
        }

        @Override
        public void close() {
            reading.cancel(true);
        }
    }

    /** Kafka's own end-to-end latency: a record produced (acks=all) and consumed on the same broker, one at a time. */
    private static long[] kafkaRoundTrips(FullStack stack) throws Exception {
        String topic = "bench-e2e-latency";
        Properties admin = new Properties();
        admin.putAll(stack.broker().adminProperties());
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties producerProperties = new Properties();
        producerProperties.putAll(stack.broker().adminProperties());
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        Properties consumerProperties = new Properties();
        consumerProperties.putAll(stack.broker().adminProperties());
        consumerProperties.put("fetch.max.wait.ms", "500");
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            byte[] value = new byte[1000];
            int warmup = 200;
            long[] latencies = new long[KAFKA_ROUND_TRIPS];
            for (int i = 0; i < warmup + KAFKA_ROUND_TRIPS; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, ByteBuffer.allocate(4).putInt(i).array(), value));
                producer.flush();
                boolean received = false;
                while (!received) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(10))) {
                        received |= ByteBuffer.wrap(record.key()).getInt() == i;
                    }
                    if (System.nanoTime() - sent > 30_000_000_000L) {
                        throw new IllegalStateException("record " + i + " never came back");
                    }
                }
                if (i >= warmup) {
                    latencies[i - warmup] = System.nanoTime() - sent;
                }
            }
            Arrays.sort(latencies);
            return latencies;
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private static long[] sorted(List<Long> values) {
        long[] out = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private static double pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String line(String label, long[] sorted) {
        if (sorted.length == 0) {
            return String.format(Locale.ROOT, "  %-44s (none)", label);
        }
        return String.format(Locale.ROOT, "  %-44s p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms   (n %d)", label, pct(sorted, 50),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
