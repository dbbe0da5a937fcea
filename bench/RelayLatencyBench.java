import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the outbox relay's publication latency: the time from a write's acknowledgement (the
 * client has its 201) to the write's record arriving at a consumer of survey-events, both taken on
 * this JVM's monotonic clock. One run starts a private PostgreSQL and Kafka broker on free ports
 * (state under STATE_DIR, as BenchStack does), then survey-service twice on them: once with
 * {@code outbox.wake-on-commit=false} (the relay only polls, every {@code outbox.poll-interval}) and
 * once with it on (woken by LISTEN/NOTIFY at commit). Each time it sends WARMUP unmeasured and then
 * WRITES measured awareness surveys one after the other, as a client with a survey-feed token would,
 * and prints p50/p99/max of each mode and their ratio. Run on the local-stack jar's classpath and the
 * Kafka client's (see bench/relay-latency):
 *
 * <pre>java -cp LOCAL_STACK_JAR:KAFKA_CLASSPATH bench/RelayLatencyBench.java STATE_DIR SURVEY_JAR WRITES</pre>
 */
public final class RelayLatencyBench {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(60);
    private static final String TOPIC = "survey-events";
    private static final int WARMUP = 200;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: RelayLatencyBench STATE_DIR SURVEY_QUARKUS_RUN_JAR WRITES");
            System.exit(2);
        }
        Path stateDir = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        int writes = Integer.parseInt(args[2]);
        Files.createDirectories(stateDir);

        Secrets secrets = Secrets.temporary();
        String rolePassword = secrets.password("postgres-survey");
        PrivateInfra infra = PrivateInfra.start(stateDir.resolve("postgres"), stateDir.resolve("kafka"), stateDir, secrets,
                server -> server.createServiceDatabase("survey", "survey", rolePassword));
        PostgresServer postgres = infra.postgres();
        KafkaBroker broker = infra.broker();
        JwtKeys keys = infra.keys();
        String token = new JwtIssuer(keys).token("bench-relay-latency", List.of("survey-feed"), null, Duration.ofHours(1));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infra.close();
            secrets.close();
        }, "bench-stack-stop"));
        System.out.println("postgres on " + postgres.port() + ", kafka on " + broker.bootstrapServers());

        Map<Boolean, long[]> latencies = new HashMap<>();
        for (boolean wakeOnCommit : new boolean[] {false, true}) {
            ServiceProcess survey = ServiceProcess.builder("survey-service", jar)
                    .port(Ports.free())
                    .database(postgres, "survey", "survey", rolePassword)
                    .kafka(broker, "survey-service")
                    .jwt(keys)
                    .config("quarkus.devservices.enabled", "false")
                    .config("outbox.wake-on-commit", Boolean.toString(wakeOnCommit))
                    .logFile(stateDir.resolve("survey-service-wake-" + (wakeOnCommit ? "on" : "off") + ".log"))
                    .lifecycle(Lifecycle.ATTACHED)
                    .build();
            try {
                survey.start().awaitReady(READY_TIMEOUT);
                latencies.put(wakeOnCommit, measure(broker, survey.baseUrl(), token, wakeOnCommit ? "on" : "off", writes));
            } finally {
                survey.close();
            }
        }

        long[] off = latencies.get(false);
        long[] on = latencies.get(true);
        System.out.println();
        System.out.println("publication latency, acknowledged write -> record at a consumer of " + TOPIC + " ("
                + writes + " sequential writes each):");
        System.out.println(line("wake-on-commit off (poll only)", off));
        System.out.println(line("wake-on-commit on", on));
        System.out.printf("ratio off/on: p50 %.0fx, p99 %.0fx%n", ratio(off, on, 50), ratio(off, on, 99));
    }

    private static long[] measure(KafkaBroker broker, String baseUrl, String token, String mode, int writes)
            throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36) + "-" + mode;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (Tail tail = new Tail(broker)) {
            long[] acknowledged = new long[WARMUP + writes];
            for (int i = 0; i < acknowledged.length; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/awareness-surveys"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(awareness(surveyId(run, i)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                acknowledged[i] = System.nanoTime();
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("write " + i + " answered " + answer.statusCode() + ": " + answer.body());
                }
            }
            long[] latencies = new long[writes];
            for (int i = 0; i < writes; i++) {
                int write = WARMUP + i;
                latencies[i] = tail.arrivalNanos(key(surveyId(run, write))) - acknowledged[write];
            }
            Arrays.sort(latencies);
            System.out.println(line("wake-on-commit " + mode, latencies));
            return latencies;
        }
    }

    private static String surveyId(String run, int i) {
        return "LAT-" + run + "-" + i;
    }

    private static String key(String surveyId) {
        return "awareness:nordjylland:" + surveyId;
    }

    private static String awareness(String surveyId) {
        return "{\"surveyId\":\"" + surveyId + "\",\"house\":\"nordjylland\",\"year\":2023,\"respondents\":1000,"
                + "\"awareOfHouse\":520,\"awareOfGreenServices\":390,\"conductedOn\":\"2023-11-20\"}";
    }

    private static double percentileMillis(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double ratio(long[] off, long[] on, double percentile) {
        return percentileMillis(off, percentile) / Math.max(0.001, percentileMillis(on, percentile));
    }

    private static String line(String label, long[] sorted) {
        return String.format("  %-32s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms", label, percentileMillis(sorted, 50),
                percentileMillis(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    /** A consumer of the topic from its end, noting when each key's first record arrived. */
    private static final class Tail implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean stopped;

        Tail(KafkaBroker broker) {
            Properties properties = new Properties();
            properties.putAll(broker.adminProperties());
            consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(TOPIC, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            thread = new Thread(this::poll, "tail-" + TOPIC);
            thread.setDaemon(true);
            thread.start();
        }

        private void poll() {
            try {
                while (!stopped) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        arrivals.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            } catch (WakeupException closing) {
                // close() ends the poll
            } finally {
                consumer.close(Duration.ZERO);
            }
        }

        long arrivalNanos(String key) throws InterruptedException {
            long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
            while (!arrivals.containsKey(key)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no record of " + key + " within " + ARRIVAL_TIMEOUT);
                }
                Thread.sleep(5);
            }
            return arrivals.get(key);
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            consumer.wakeup();
            thread.join(5_000);
        }
    }
}
