import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast a new read model is rebuilt from the topics, beside how fast Kafka itself hands the same
 * records to a consumer, in one run on one machine: a private PostgreSQL and broker get
 * {@link EventVolume}'s history; a live reporting-service reads it (its own catch-up is shown too);
 * then Kafka's {@code ConsumerPerformance} reads both topics (the raw rate), and right after, a second
 * reporting-service rebuilds into a new database in a new group ({@link ReadModelRebuild}) while the
 * live one keeps answering. Prints both rates and their ratio, the goals of the rebuilt against the
 * live instance (differences, expected none), and the resident memory of both services.
 *
 * <pre>RebuildBench STATE_DIR REPORTING_JAR EVENTS SEED KAFKA_TOOLS_CLASSPATH</pre>
 */
public final class RebuildBench {

    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(200);

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            // The shutdown hook stops what was started.
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: RebuildBench STATE_DIR REPORTING_JAR EVENTS SEED KAFKA_TOOLS_CLASSPATH");
            System.exit(2);
        }
        long wallStarted = System.nanoTime();
        Path stateDir = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        long events = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        String toolsClasspath = args[4];
        Files.createDirectories(stateDir);

        Secrets secrets = Secrets.temporary();
        String livePassword = secrets.password("postgres-reporting");
        PrivateInfra infra = PrivateInfra.start(stateDir.resolve("postgres"), stateDir.resolve("kafka"), stateDir, secrets,
                server -> server.createServiceDatabase("reporting", "reporting", livePassword));
        List<ServiceProcess> services = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.forEach(ServiceProcess::close);
            infra.close();
            secrets.close();
        }, "bench-stack-stop"));
        PostgresServer postgres = infra.postgres();
        KafkaBroker broker = infra.broker();
        JwtKeys keys = infra.keys();
        System.out.println("postgres on " + postgres.port() + ", kafka on " + broker.bootstrapServers());

        System.out.printf("publishing about %,d events (6 houses x 2021-2025, seed %d)...%n", events, seed);
        EventVolume.Published published = EventVolume.publish(broker, EventVolume.HOUSES, EventVolume.YEARS, events, seed);
        Map<TopicPartition, Long> ends = ReadModelRebuild.endOffsets(broker);
        System.out.printf("published %,d events in %.1f s: %s%n", published.total(), published.seconds(), published.byType());

        System.out.println("live reporting-service reading them...");
        long liveLaunched = System.nanoTime();
        ServiceProcess live = ServiceProcess.builder("reporting-service", jar)
                .port(Ports.free())
                .database(postgres, "reporting", "reporting", livePassword)
                .kafka(broker, "reporting-service")
                .jwt(keys)
                .config("quarkus.devservices.enabled", "false")
                .logFile(stateDir.resolve("reporting-service-live.log"))
                .lifecycle(Lifecycle.ATTACHED)
                .build();
        services.add(live);
        live.start();
        CatchUp liveCatchUp = CatchUp.watch(postgres, "reporting", ends, liveLaunched);
        live.awaitReady(Duration.ofSeconds(180));
        liveCatchUp.await();

        System.out.println("raw consume of the same topics (kafka ConsumerPerformance)...");
        Raw raw = Raw.measure(stateDir, broker, toolsClasspath, ends);

        System.out.println("rebuilding into a new database in a new consumer group, the live instance serving...");
        ReadModelRebuild.Target target = new ReadModelRebuild.Target("reporting_rebuild", "reporting-service-rebuild");
        String token = ReadModelRebuild.nationalToken(keys);
        LiveProbe probe = LiveProbe.start(live.baseUrl(), token);
        CpuTime cpuBefore = CpuTime.of(postgres, broker, -1);
        long rebuildLaunched = System.nanoTime();
        CatchUp rebuildCatchUp = CatchUp.watch(postgres, target.database(), ends, rebuildLaunched);
        ServiceProcess rebuilt = ReadModelRebuild.start(jar, postgres, broker, keys, target,
                secrets.password(target.passwordSecret()), Ports.free(), Lifecycle.ATTACHED,
                stateDir.resolve("reporting-service-rebuild.log"), null);
        services.add(rebuilt);
        rebuildCatchUp.await();
        CpuTime cpuAfter = CpuTime.of(postgres, broker, rebuilt.pid());
        String batches = batchTimes(rebuilt.baseUrl());
        probe.stop();
        long rebuiltRss = ReadModelRebuild.rssKib(rebuilt.pid());
        long liveRss = ReadModelRebuild.rssKib(live.pid());

        ReadModelRebuild.Diff diff = ReadModelRebuild.diff(live.baseUrl(), rebuilt.baseUrl(), token,
                ReadModelRebuild.HOUSES, ReadModelRebuild.YEARS);

        double rebuildRate = rebuildCatchUp.rate();
        System.out.println();
        row("events on the topics", String.format(Locale.ROOT, "%,d (guidance-events %,d, survey-events %,d) in 12 partitions",
                published.total(), published.guidanceEvents(), published.surveyEvents()));
        row("published", String.format(Locale.ROOT, "%.1f s (%,.0f events/s)", published.seconds(),
                published.total() / published.seconds()));
        row("raw consume (ConsumerPerformance)", String.format(Locale.ROOT, "%,.0f events/s (%s)", raw.rate(), raw.detail()));
        row("rebuild", String.format(Locale.ROOT, "%,.0f events/s (%s)", rebuildRate, rebuildCatchUp.detail()));
        row("rebuild / raw", String.format(Locale.ROOT, "%.3f", rebuildRate / raw.rate()));
        row("rebuild's batches", batches);
        row("CPU used during the rebuild", cpuAfter.minus(cpuBefore, (System.nanoTime() - rebuildLaunched) / 1e9));
        row("live instance's own catch-up", String.format(Locale.ROOT, "%,.0f events/s (%s)", liveCatchUp.rate(),
                liveCatchUp.detail()));
        row("live answers during the rebuild", probe.summary());
        row("rebuilt vs live goals", String.format(Locale.ROOT, "%d differences in %d goals of %d house/years (%d house/years "
                + "without a catalogue, 404 on both)", diff.differences().size(), diff.goals(), diff.houseYearsWithGoals(),
                diff.houseYearsWithout()));
        diff.differences().stream().limit(20).forEach(d -> row("", d.toString()));
        row("RSS at the end (VmRSS)", String.format(Locale.ROOT, "rebuilt reporting-service %,d MiB, live %,d MiB",
                rebuiltRss / 1024, liveRss / 1024));
        row("wall time", String.format(Locale.ROOT, "%.0f s, stack start included", (System.nanoTime() - wallStarted) / 1e9));
        if (!diff.differences().isEmpty()) {
            System.exit(1);
        }
    }

    /** The rebuild's committed batches and the time their transactions took (its metrics, open like health). */
    private static String batchTimes(String baseUrl) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double count = metric(metrics, "erhvervshus_projection_batch_apply_seconds_count{source=\"poll\"}");
        double sum = metric(metrics, "erhvervshus_projection_batch_apply_seconds_sum{source=\"poll\"}");
        return String.format(Locale.ROOT, "%.0f transactions, %.1f s in them (%.0f ms each on average)", count, sum,
                count == 0 ? 0 : 1000 * sum / count);
    }

    private static double metric(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).strip());
            }
        }
        return Double.NaN;
    }

    private static void row(String label, String value) {
        System.out.printf("%-38s %s%n", label, value);
    }

    /**
     * Watches a database's stored positions from the service's launch on: the moment the first
     * batch is committed and the moment they reach the end offsets. The rate is taken between the
     * two (the records of the first batch left out), so the JVM's start and Flyway do not count;
     * the time from launch is shown beside it.
     */
    private static final class CatchUp {
        private final Thread thread;
        private final long launched;
        private volatile long firstCommitAt;
        private volatile long firstStored;
        private volatile long caughtUpAt;
        private volatile long total;
        private volatile RuntimeException failure;

        private CatchUp(PostgresServer postgres, String database, Map<TopicPartition, Long> ends, long launched) {
            this.launched = launched;
            this.thread = new Thread(() -> {
                try {
                    ReadModelRebuild.Progress done = ReadModelRebuild.awaitCaughtUp(postgres, database, ends, CATCH_UP_TIMEOUT,
                            PROGRESS_INTERVAL, progress -> {
                                if (firstCommitAt == 0 && progress.stored() > 0) {
                                    firstCommitAt = System.nanoTime();
                                    firstStored = progress.stored();
                                }
                            });
                    caughtUpAt = System.nanoTime();
                    total = done.end();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "catch-up-" + database);
            thread.setDaemon(true);
        }

        static CatchUp watch(PostgresServer postgres, String database, Map<TopicPartition, Long> ends, long launched) {
            CatchUp catchUp = new CatchUp(postgres, database, ends, launched);
            catchUp.thread.start();
            return catchUp;
        }

        void await() throws InterruptedException {
            thread.join();
            if (failure != null) {
                throw failure;
            }
        }

        double rate() {
            double seconds = (caughtUpAt - firstCommitAt) / 1e9;
            return seconds <= 0 ? Double.NaN : (total - firstStored) / seconds;
        }

        String detail() {
            return String.format(Locale.ROOT, "%,d events in %.1f s after its first commit; %.1f s from launching the service",
                    total - firstStored, (caughtUpAt - firstCommitAt) / 1e9, (caughtUpAt - launched) / 1e9);
        }
    }

    /**
     * CPU seconds (user + system, from /proc) of the rebuilding service, of PostgreSQL (the postmaster
     * and every backend) and of the broker: where a rebuild's time goes on a machine whose cores they share.
     */
    private record CpuTime(double service, double postgres, double broker) {

        static CpuTime of(PostgresServer postgres, KafkaBroker broker, long servicePid) {
            return new CpuTime(servicePid < 0 ? 0 : seconds(servicePid), tree(postgres.pid()), seconds(broker.pid()));
        }

        String minus(CpuTime before, double wallSeconds) {
            return String.format(Locale.ROOT, "rebuilding service %.1f s, PostgreSQL %.1f s, broker %.1f s in %.1f s of wall time"
                    + " (2 cores: %.1f s)", service - before.service, postgres - before.postgres, broker - before.broker,
                    wallSeconds, 2 * wallSeconds);
        }

        private static double tree(long root) {
            double total = seconds(root);
            try (var entries = Files.list(Path.of("/proc"))) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    String name = entry.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && parent(entry) == root) {
                        total += seconds(Long.parseLong(name));
                    }
                }
            } catch (java.io.IOException e) {
                return total;
            }
            return total;
        }

        private static long parent(Path proc) {
            String[] fields = stat(proc);
            return fields == null ? -1 : Long.parseLong(fields[1]);
        }

        private static double seconds(long pid) {
            String[] fields = stat(Path.of("/proc", Long.toString(pid)));
            // utime and stime, in clock ticks (100 per second on Linux).
            return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }

        /** The fields of /proc/PID/stat after the command (which may hold spaces), from the state on. */
        private static String[] stat(Path proc) {
            try {
                String stat = Files.readString(proc.resolve("stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** Kafka's own consumer benchmark on each topic, as reporting-service's Kafka user, one after the other. */
    private record Raw(double rate, String detail) {

        static Raw measure(Path stateDir, KafkaBroker broker, String toolsClasspath, Map<TopicPartition, Long> ends)
                throws Exception {
            Path config = stateDir.resolve("consumer-perf.properties");
            Files.deleteIfExists(config);
            Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            StringBuilder properties = new StringBuilder();
            broker.clientProperties("reporting-service").forEach((key, value) -> {
                if (!key.equals("bootstrap.servers")) {
                    properties.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n');
                }
            });
            Files.writeString(config, properties.toString());
            try {
                Map<String, Long> perTopic = new TreeMap<>();
                ends.forEach((partition, end) -> perTopic.merge(partition.topic(), end, Long::sum));
                long messages = 0;
                double fetchSeconds = 0;
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Long> topic : perTopic.entrySet()) {
                    String[] result = run(toolsClasspath, broker, config, topic.getKey(), topic.getValue());
                    // start.time, end.time, MB, MB.sec, nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
                    long consumed = Long.parseLong(result[4].strip());
                    double fetchMs = Double.parseDouble(result[7].strip());
                    messages += consumed;
                    fetchSeconds += fetchMs / 1000;
                    parts.add(String.format(Locale.ROOT, "%s %,d in %.2f s", topic.getKey(), consumed, fetchMs / 1000));
                }
                return new Raw(messages / fetchSeconds, String.join(", ", parts) + ", group join left out");
            } finally {
                Files.deleteIfExists(config);
            }
        }

        private static String[] run(String classpath, KafkaBroker broker, Path config, String topic, long messages)
                throws Exception {
            Process process = new ProcessBuilder("java", "-Xmx512m", "-cp", classpath, "org.apache.kafka.tools.ConsumerPerformance",
                    "--bootstrap-server", broker.bootstrapServers(), "--consumer.config", config.toString(),
                    "--topic", topic, "--messages", Long.toString(messages),
                    "--group", "reporting-service-perf-" + topic + "-" + System.currentTimeMillis(), "--timeout", "30000")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ConsumerPerformance failed on " + topic + ":\n" + output);
            }
            String last = null;
            for (String line : output.split("\n")) {
                if (line.matches("^\\d{4}-.*") && line.split(",").length >= 10) {
                    last = line;
                }
            }
            if (last == null) {
                throw new IllegalStateException("no figures from ConsumerPerformance on " + topic + ":\n" + output);
            }
            return last.split(",");
        }
    }

    /** Asks the live instance for Nordjylland's 2023 goals every second while the rebuild runs: the answer must stay. */
    private static final class LiveProbe {
        private final Thread thread;
        private final AtomicInteger ok = new AtomicInteger();
        private final AtomicInteger other = new AtomicInteger();
        private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean stopping;

        private LiveProbe(String baseUrl, String token) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/houses/nordjylland/years/2023/goals"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
            thread = new Thread(() -> {
                while (!stopping) {
                    try {
                        HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                        (answer.statusCode() == 200 ? ok : other).incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        other.incrementAndGet();
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-probe");
            thread.setDaemon(true);
        }

        static LiveProbe start(String baseUrl, String token) {
            LiveProbe probe = new LiveProbe(baseUrl, token);
            probe.thread.start();
            return probe;
        }

        /** Lets the request under way finish (it counts), then stops. */
        void stop() throws InterruptedException {
            stopping = true;
            thread.join(Duration.ofSeconds(15).toMillis());
        }

        String summary() {
            return String.format(Locale.ROOT, "%d of %d goals requests answered 200%s", ok.get(), ok.get() + other.get(),
                    failures.isEmpty() ? "" : " (" + String.join("; ", failures.subList(0, Math.min(3, failures.size()))) + ")");
        }
    }
}
