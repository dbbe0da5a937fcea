import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The whole system for a bench: a private PostgreSQL and Kafka broker and guidance-, survey- and
 * reporting-service on free ports, secured as the local run is (each service its own database role
 * and Kafka user, JWTs verified against a key pair of this run), with data and logs under a state
 * dir of the bench's own, so a local run is never touched. Everything stops with the JVM (a
 * shutdown hook, and local-stack's watchdogs for a SIGKILL). The services run as built by {@code mvn
 * install}: {@code REPO/services/<name>/target/quarkus-app/quarkus-run.jar}.
 */
final class FullStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> TOPICS = List.of("guidance-events", "survey-events");

    final PrivateInfra infra;
    final ServiceProcess guidance;
    final ServiceProcess survey;
    final ServiceProcess reporting;
    private final Secrets secrets;
    private final JwtIssuer issuer;

    private FullStack(PrivateInfra infra, Secrets secrets, ServiceProcess guidance, ServiceProcess survey,
                      ServiceProcess reporting) {
        this.infra = infra;
        this.secrets = secrets;
        this.guidance = guidance;
        this.survey = survey;
        this.reporting = reporting;
        this.issuer = new JwtIssuer(infra.keys());
    }

    /** Starts everything and waits until the three services are ready; {@code reportingConfig} is added to reporting-service's. */
    static FullStack start(Path stateDir, Path repo, Map<String, String> reportingConfig) throws IOException {
        Files.createDirectories(stateDir);
        Secrets secrets = Secrets.temporary();
        PrivateInfra infra = PrivateInfra.start(stateDir.resolve("postgres"), stateDir.resolve("kafka"), stateDir, secrets,
                server -> {
                    for (String database : List.of("guidance", "survey", "reporting")) {
                        server.createServiceDatabase(database, database, secrets.password("postgres-" + database));
                    }
                });
        ServiceProcess guidance = service(infra, secrets, stateDir, repo, "guidance", Map.of());
        ServiceProcess survey = service(infra, secrets, stateDir, repo, "survey", Map.of());
        ServiceProcess reporting = service(infra, secrets, stateDir, repo, "reporting", reportingConfig);
        FullStack stack = new FullStack(infra, secrets, guidance, survey, reporting);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-stop"));
        System.out.println("postgres on " + infra.postgres().port() + ", kafka on " + infra.broker().bootstrapServers()
                + "; starting guidance-, survey- and reporting-service (logs in " + stateDir + ")");
        for (ServiceProcess service : stack.services()) {
            service.start();
        }
        for (ServiceProcess service : stack.services()) {
            service.awaitReady(READY_TIMEOUT);
        }
        return stack;
    }

    private static ServiceProcess service(PrivateInfra infra, Secrets secrets, Path stateDir, Path repo, String database,
                                          Map<String, String> config) {
        String name = database + "-service";
        return ServiceProcess.builder(name, ServiceProcess.quarkusRunJar(repo.resolve("services").resolve(name)))
                .port(Ports.free())
                .database(infra.postgres(), database, database, secrets.password("postgres-" + database))
                .kafka(infra.broker(), name)
                .jwt(infra.keys())
                .config("quarkus.devservices.enabled", "false")
                .config(config)
                .logFile(stateDir.resolve(name + ".log"))
                .lifecycle(Lifecycle.ATTACHED)
                .build();
    }

    List<ServiceProcess> services() {
        return List.of(guidance, survey, reporting);
    }

    /** A bearer token of this run's key; {@code house} null for none. Kept in memory, never printed. */
    String token(String subject, String role, String house) {
        return issuer.token(subject, List.of(role), house, Duration.ofHours(6));
    }

    /** The directory holding this run's key pair, as the demo loader's {@code --secrets} wants it. */
    Path secretsDir() {
        return secrets.dir();
    }

    PostgresServer postgres() {
        return infra.postgres();
    }

    KafkaBroker broker() {
        return infra.broker();
    }

    /** A single number a query answers, run as the superuser through psql. */
    long number(String database, String query) {
        String answer = infra.postgres().psql(database, query);
        return answer.isEmpty() ? 0 : Long.parseLong(answer);
    }

    /** VmRSS of a process in MiB, from /proc. */
    static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Kafka's end offsets of both event topics, summed. */
    long topicEnds() {
        Properties properties = new Properties();
        properties.putAll(infra.broker().adminProperties());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            return consumer.endOffsets(partitions, Duration.ofSeconds(30)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Waits until everything written is in the maintained goals: both outboxes published, reporting's
     * stored positions at the topics' ends, and no house-year marked for derivation. Returns the
     * seconds it took.
     */
    double awaitSettled(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (true) {
            long unpublished = number("guidance", "select count(*) from outbox where published_at is null")
                    + number("survey", "select count(*) from outbox where published_at is null");
            long applied = unpublished > 0 ? -1 : number("reporting",
                    "select coalesce(sum(next_offset), 0) from consumer_positions");
            long ends = unpublished > 0 ? 0 : topicEnds();
            long dirty = number("reporting", "select count(*) from goal_dirty");
            if (unpublished == 0 && applied == ends && dirty == 0) {
                return (System.nanoTime() - started) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not settled after " + timeout + ": unpublished " + unpublished
                        + ", applied " + applied + " of " + ends + ", marked house-years " + dirty);
            }
            Thread.sleep(500);
        }
    }

    @Override
    public synchronized void close() {
        // The services first, so they do not log a storm of errors while Kafka and PostgreSQL go away.
        try {
            for (ServiceProcess service : List.of(reporting, survey, guidance)) {
                service.close();
            }
            infra.close();
        } finally {
            secrets.close();
        }
    }

    private static final java.util.regex.Pattern DERIVED =
            java.util.regex.Pattern.compile("derived (.+?) from mark \\d+ in (\\d+) ms");

    /**
     * The maintainer's derivation times of nordjylland/2023 so far, in ms, from reporting-service's
     * log (logged at DEBUG: start the stack with the GoalMaintainer's log category at DEBUG).
     */
    List<Long> derivations() throws IOException {
        List<Long> times = new ArrayList<>();
        for (String line : Files.readAllLines(reporting.logFile())) {
            java.util.regex.Matcher m = DERIVED.matcher(line);
            if (m.find() && m.group(1).contains("nordjylland") && m.group(1).contains("2023")) {
                times.add(Long.parseLong(m.group(2)));
            }
        }
        return times;
    }

    static void printDerivations(String label, List<Long> times) {
        if (times.isEmpty()) {
            System.out.println(label + ": none logged");
            return;
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long total = java.util.Arrays.stream(sorted).sum();
        System.out.printf(java.util.Locale.ROOT, "%s: %d, p50 %d ms, p99 %d ms, max %d ms, %.1f s in all%n", label,
                sorted.length, sorted[(sorted.length - 1) / 2], sorted[(int) Math.ceil(0.99 * sorted.length) - 1],
                sorted[sorted.length - 1], total / 1000.0);
    }
}
