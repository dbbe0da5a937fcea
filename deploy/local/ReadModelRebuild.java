import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Rebuilds reporting-service's read model from the topics without taking the answer away: a second
 * reporting-service reads {@code guidance-events} and {@code survey-events} from their start into a
 * NEW database in a NEW consumer group (so it shares neither rows nor positions with the live one),
 * while the live instance keeps serving. Once the new one has caught up (its stored positions are
 * the partitions' end offsets) every goal of every house and year is fetched from both and the
 * differences are shown, before anyone switches over.
 *
 * <p>The one implementation of the procedure: {@code deploy/local/rebuild-read-model} runs {@link #main}
 * against the local run, and {@code bench/rebuild} calls {@link #start}, {@link #awaitCaughtUp} and
 * {@link #diff} on its private stack. Runs on the local-stack jar and the broker's classpath (Kafka
 * client, Jackson).
 */
public final class ReadModelRebuild {

    /** The houses and contract years compared; a house/year without a catalogue answers 404 on both sides. */
    public static final List<String> HOUSES = List.of("nordjylland", "midtjylland", "sydjylland", "fyn", "sjaelland",
            "hovedstaden");
    public static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024, 2025);

    /** The broker lets reporting-service's user read in groups of this prefix only. */
    public static final String GROUP_PREFIX = "reporting-service";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /**
     * The rebuilt instance's JVM options beside the services' own (a later option of a kind wins):
     * a heap of 512 MB instead of 128 MB. While it catches up it folds batches of thousands of
     * records beside the goal maintainer's facts of the house-years, and in 128 MB about half of its
     * CPU went to the collector (bench/rebuild, 1,000,000 events: 1,400 young and 240 old
     * collections, 4 full ones); the services' G1 options give the unused heap back once it is caught
     * up and idle. The services' C1-only compiler stays: with C2 its compiler thread took more CPU
     * than the consumer's own at this size.
     */
    static final List<String> CATCH_UP_JVM = List.of("-Xmx512m");

    /**
     * Records per batch (one transaction) of the rebuilt instance, above the service's 5,000: a
     * rebuild's batches are all full, and each one costs a commit and a derivation of every house-year
     * it marked, whatever its size.
     */
    static final int CATCH_UP_BATCH = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadModelRebuild() {
    }

    /** Where a rebuild reads into: a database (and its role, named alike) and a consumer group, both new. */
    public record Target(String database, String group) {
        public Target {
            if (!group.startsWith(GROUP_PREFIX)) {
                throw new IllegalArgumentException("the consumer group must start with " + GROUP_PREFIX + ", not " + group);
            }
        }

        /** The name of the new role's password among the stack's secrets (which take no underscores). */
        public String passwordSecret() {
            return "postgres-" + database.replace('_', '-');
        }

        /** Named by the moment, so every rebuild gets its own: reporting_rebuild_20240131_1042 / reporting-service-rebuild-… */
        public static Target fresh() {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
            return new Target("reporting_rebuild_" + stamp, GROUP_PREFIX + "-rebuild-" + stamp.replace('_', '-'));
        }
    }

    /** How far the rebuild got: records of the topics applied (stored positions) and their end offsets. */
    public record Progress(long stored, long end) {
        public boolean caughtUp() {
            return end > 0 && stored >= end;
        }
    }

    /** One goal (or the answer's status or freshness) that the rebuilt read model answers otherwise. */
    public record Difference(String house, int year, String goal, String live, String rebuilt) {
        @Override
        public String toString() {
            return house + " " + year + " " + goal + ": " + live + " -> " + rebuilt;
        }
    }

    /** The comparison: goals compared, house/years without a catalogue (404 on both), and the differences. */
    public record Diff(int goals, int houseYearsWithGoals, int houseYearsWithout, List<Difference> differences) {
    }

    /**
     * Creates the target database and its role, and starts a reporting-service on it in the target
     * group; returns once it is ready (it reads the topics from their start meanwhile).
     *
     * @param rolePassword the new role's password (from the caller's secrets)
     * @param pidFile      where a detached instance's pid goes; null for none
     */
    public static ServiceProcess start(Path jar, PostgresServer postgres, KafkaBroker broker, JwtKeys keys, Target target,
                                       String rolePassword, int port, Lifecycle lifecycle, Path logFile, Path pidFile) {
        if (!postgres.psql("postgres", "select 1 from pg_database where datname = '" + target.database() + "'").isBlank()) {
            throw new IllegalStateException("database " + target.database() + " exists: a rebuild reads into a new one");
        }
        postgres.createServiceDatabase(target.database(), target.database(), rolePassword);
        ServiceProcess.Builder builder = ServiceProcess.builder("reporting-service-rebuild", jar)
                .port(port)
                .database(postgres, target.database(), target.database(), rolePassword)
                .kafka(broker, "reporting-service")
                .jwt(keys)
                .config("quarkus.devservices.enabled", "false")
                .config("reporting.consumer.group-id", target.group())
                .config("reporting.consumer.max-poll-records", Integer.toString(CATCH_UP_BATCH))
                .logFile(logFile)
                .lifecycle(lifecycle);
        CATCH_UP_JVM.forEach(builder::jvmArg);
        if (pidFile != null) {
            builder.pidFile(pidFile);
        }
        ServiceProcess service = builder.build();
        service.start().awaitReady(READY_TIMEOUT);
        return service;
    }

    /** The rebuild's stored positions (its database's {@code consumer_positions}) against the topics' end offsets. */
    public static Progress progress(PostgresServer postgres, String database, Map<TopicPartition, Long> endOffsets) {
        String rows;
        try {
            rows = postgres.psql(database, "select topic || ':' || partition || ':' || next_offset from consumer_positions");
        } catch (RuntimeException e) {
            // Before Flyway created the table.
            return new Progress(0, endOffsets.values().stream().mapToLong(Long::longValue).sum());
        }
        Map<TopicPartition, Long> stored = new HashMap<>();
        for (String line : rows.split("\n")) {
            String[] parts = line.strip().split(":");
            if (parts.length == 3) {
                stored.put(new TopicPartition(parts[0], Integer.parseInt(parts[1])), Long.parseLong(parts[2]));
            }
        }
        long applied = 0;
        long end = 0;
        for (Map.Entry<TopicPartition, Long> partition : endOffsets.entrySet()) {
            applied += Math.min(partition.getValue(), stored.getOrDefault(partition.getKey(), 0L));
            end += partition.getValue();
        }
        return new Progress(applied, end);
    }

    /** Every partition's end offset of both topics, asked as the broker's admin (reads no records, joins no group). */
    public static Map<TopicPartition, Long> endOffsets(KafkaBroker broker) {
        Properties p = new Properties();
        p.putAll(broker.adminProperties());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("guidance-events", "survey-events")) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            return new LinkedHashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
        }
    }

    /**
     * Waits until the rebuild's stored positions reach the end offsets (taken once, now: what is
     * published later is the live instance's business until the switch), calling {@code onProgress}
     * about every {@code interval}.
     */
    public static Progress awaitCaughtUp(PostgresServer postgres, String database, Map<TopicPartition, Long> endOffsets,
                                         Duration timeout, Duration interval, java.util.function.Consumer<Progress> onProgress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Progress progress = progress(postgres, database, endOffsets);
            onProgress.accept(progress);
            if (progress.caughtUp()) {
                return progress;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not catch up within " + timeout + ": " + progress.stored()
                        + " of " + progress.end() + " records applied");
            }
            sleep(interval);
        }
    }

    /**
     * Every goal of every house and year, as the live and the rebuilt instance answer them (with a
     * {@code national} token), compared goal by goal: a goal that differs in any field of its summary
     * is listed with its actual value and status on both sides and the fields that differ. Neither
     * {@code computedAt} (each answer's own moment) nor {@code dataAsOf} is compared: a maintained
     * answer's {@code dataAsOf} is the lower bound read at its house-year's last derivation, so it
     * depends on when each instance last derived, not on the facts.
     */
    public static Diff diff(String liveUrl, String rebuiltUrl, String token, List<String> houses, List<Integer> years)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Difference> differences = new ArrayList<>();
        int goals = 0;
        int withGoals = 0;
        int without = 0;
        for (String house : houses) {
            for (int year : years) {
                String path = "/api/v1/houses/" + house + "/years/" + year + "/goals";
                HttpResponse<String> live = get(http, liveUrl + path, token);
                HttpResponse<String> rebuilt = get(http, rebuiltUrl + path, token);
                if (live.statusCode() != rebuilt.statusCode()) {
                    differences.add(new Difference(house, year, "(answer)", "HTTP " + live.statusCode(),
                            "HTTP " + rebuilt.statusCode()));
                    continue;
                }
                if (live.statusCode() != 200) {
                    without++;
                    continue;
                }
                withGoals++;
                JsonNode liveAnswer = JSON.readTree(live.body());
                JsonNode rebuiltAnswer = JSON.readTree(rebuilt.body());
                Map<String, JsonNode> liveGoals = byId(liveAnswer.path("goals"));
                Map<String, JsonNode> rebuiltGoals = byId(rebuiltAnswer.path("goals"));
                Set<String> ids = new LinkedHashSet<>(liveGoals.keySet());
                ids.addAll(rebuiltGoals.keySet());
                for (String id : ids) {
                    goals++;
                    JsonNode a = liveGoals.get(id);
                    JsonNode b = rebuiltGoals.get(id);
                    if (!Objects.equals(a, b)) {
                        differences.add(new Difference(house, year, id, shown(a), shown(b) + differingFields(a, b)));
                    }
                }
            }
        }
        return new Diff(goals, withGoals, without, differences);
    }

    /** A national reader's token, signed with the stack's key. */
    public static String nationalToken(JwtKeys keys) {
        return new JwtIssuer(keys).token("read-model-rebuild", List.of("national"), null, Duration.ofHours(2));
    }

    /** The resident set of a process, from {@code /proc/<pid>/status} (VmRSS), in KiB; -1 when unknown. */
    public static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, JsonNode> byId(JsonNode goals) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        goals.forEach(goal -> byId.put(goal.path("id").asText(), goal));
        return byId;
    }

    private static String shown(JsonNode goal) {
        if (goal == null) {
            return "(missing)";
        }
        return goal.path("actual").asText("null") + " " + goal.path("status").asText("");
    }

    private static String differingFields(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return "";
        }
        List<String> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!Objects.equals(a.get(name), b.get(name))) {
                fields.add(name + " " + a.get(name) + " -> " + b.get(name));
            }
        }
        return fields.isEmpty() ? "" : " (" + String.join(", ", fields) + ")";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ------------------------------------------------------------------ the local run

    /**
     * Against the local run (deploy/local/start): {@code STATE_DIR REPORTING_JAR [--port N] [--live-url URL]}.
     * Leaves the rebuilt instance running (detached, its pid in STATE_DIR/pids) and prints how to switch.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ReadModelRebuild STATE_DIR REPORTING_QUARKUS_RUN_JAR [--port N] [--live-url URL]");
            System.exit(2);
        }
        Path stateDir = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        int port = 0;
        String liveUrl = "http://127.0.0.1:8083";
        for (Iterator<String> it = List.of(args).subList(2, args.length).iterator(); it.hasNext(); ) {
            String arg = it.next();
            switch (arg) {
                case "--port" -> port = Integer.parseInt(it.next());
                case "--live-url" -> liveUrl = it.next();
                default -> {
                    System.err.println("unknown argument " + arg);
                    System.exit(2);
                }
            }
        }
        if (!ServiceProcess.isReady(URI.create(liveUrl).getPort())) {
            System.err.println("the live reporting-service does not answer at " + liveUrl + " (deploy/local/start first)");
            System.exit(1);
        }
        Secrets secrets = Secrets.in(stateDir.resolve("secrets"));
        // The local run's PostgreSQL (adopted, never stopped here) and broker (a handle: not started, not stopped).
        PostgresServer postgres = PostgresServer.start(stateDir.resolve("postgres"), 5433, Lifecycle.DETACHED,
                stateDir.resolve("logs").resolve("postgres.log"), secrets);
        KafkaBroker broker = KafkaBroker.create(stateDir.resolve("kafka"), 9092, 9093, Lifecycle.DETACHED,
                stateDir.resolve("logs").resolve("kafka.log"), secrets);
        JwtKeys keys = JwtKeys.loadOrGenerate(secrets);
        Target target = Target.fresh();
        int servicePort = port == 0 ? Ports.free() : port;

        System.out.println("rebuilding into database " + target.database() + ", consumer group " + target.group()
                + ", on port " + servicePort + "; the live instance at " + liveUrl + " keeps serving");
        long started = System.nanoTime();
        ServiceProcess rebuilt = start(jar, postgres, broker, keys, target, secrets.password(target.passwordSecret()),
                servicePort, Lifecycle.DETACHED, stateDir.resolve("logs").resolve("reporting-service-rebuild.log"),
                stateDir.resolve("pids").resolve("reporting-service-rebuild.pid"));
        Map<TopicPartition, Long> ends = endOffsets(broker);
        long[] lastShown = {0};
        Progress done = awaitCaughtUp(postgres, target.database(), ends, Duration.ofHours(6), Duration.ofSeconds(1), progress -> {
            if (System.nanoTime() - lastShown[0] > Duration.ofSeconds(10).toNanos()) {
                lastShown[0] = System.nanoTime();
                System.out.printf("  %,d of %,d records applied%n", progress.stored(), progress.end());
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("caught up: %,d records in %.1f s (%,.0f records/s, service start included)%n", done.end(), seconds,
                done.end() / seconds);

        Diff diff = diff(liveUrl, rebuilt.baseUrl(), nationalToken(keys), HOUSES, YEARS);
        System.out.printf("goals compared: %d in %d house/years (%d house/years without a catalogue on both sides)%n",
                diff.goals(), diff.houseYearsWithGoals(), diff.houseYearsWithout());
        if (diff.differences().isEmpty()) {
            System.out.println("differences: none; the rebuilt read model answers every goal as the live one does");
        } else {
            System.out.println("differences: " + diff.differences().size() + " (live -> rebuilt)");
            diff.differences().forEach(d -> System.out.println("  " + d));
        }
        System.out.println();
        System.out.println("The rebuilt instance keeps running at " + rebuilt.baseUrl() + " (pid " + rebuilt.pid()
                + ", log " + rebuilt.logFile() + ") and follows the topics from here on. To switch over: point readers at it,"
                + " or restart the live deployment with QUARKUS_DATASOURCE_JDBC_URL / QUARKUS_DATASOURCE_REACTIVE_URL /"
                + " QUARKUS_DATASOURCE_USERNAME naming database " + target.database() + " (role " + target.database()
                + ", password in " + secrets.file(target.passwordSecret()) + ") and REPORTING_CONSUMER_GROUP_ID="
                + target.group() + ", then stop this one (kill " + rebuilt.pid() + "). Not switching: kill " + rebuilt.pid()
                + " and drop the database.");
    }
}
