package dk.erhvervshus.e2e;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.KafkaAccess;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * reporting-service's memory and its stop, as the packaged jar runs with {@link ServiceProcess#JVM_OPTIONS}
 * (or {@code footprint.jvm-options} instead, to measure another set): a private PostgreSQL and broker,
 * {@code footprint.events} course events (started and completed, the five houses, 2016–2025)
 * produced straight to guidance-events as guidance-service's Kafka user, then
 * <ol>
 *   <li>RSS once everything is applied and the service is idle, and its peak while
 *       {@code footprint.readers} readers read Nordjylland's 2023 goals for {@code footprint.load-seconds}
 *       (answers counted by status: beyond the read bulkhead they are 503);</li>
 *   <li>a SIGTERM in the middle of a second burst: the JVM exits 143 (or 0) within
 *       {@value #STOP_WITHIN_SECONDS} s, the applied events and the stored positions agree (the last
 *       batch was committed with its position, not cut off), and a restart applies exactly the rest.</li>
 * </ol>
 * The build runs it small; {@code bench/reporting-footprint} runs it at a million events. The
 * figures go to {@code target/footprint.txt}.
 */
class ReportingFootprintEndToEndTest {

    private static final int EVENTS = Integer.getInteger("footprint.events", 20_000);
    private static final int READERS = Integer.getInteger("footprint.readers", 10);
    private static final int LOAD_SECONDS = Integer.getInteger("footprint.load-seconds", 15);
    private static final long MAX_RSS_MB = Long.getLong("footprint.max-rss-mb", 350);
    private static final String JVM_OPTIONS = System.getProperty("footprint.jvm-options", "");
    private static final String ENV = System.getProperty("footprint.env", "");
    private static final int STOP_WITHIN_SECONDS = 10;
    private static final String DATABASE = "reporting";

    private final Path repo = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private final List<String> report = new ArrayList<>();
    private final Random random = new Random(20231231);
    /** The companies the courses are spread over; the first of Cvrs' valid numbers. */
    private final List<String> companies = Cvrs.first(20_000);

    @Test
    void reporting_service_keeps_to_its_memory_and_stops_cleanly_on_sigterm() throws Exception {
        Path work = Files.createTempDirectory(Path.of("/tmp"), "erhvervshus-footprint-");
        try (Secrets secrets = Secrets.temporary();
             PrivateInfra infra = PrivateInfra.start(work.resolve("pg"), work.resolve("kafka"), work, secrets,
                     server -> server.createServiceDatabase(DATABASE, DATABASE, secrets.password("postgres-" + DATABASE)))) {
            String password = secrets.password("postgres-" + DATABASE);
            ServiceProcess.Builder builder = ServiceProcess.builder("reporting-service",
                            ServiceProcess.quarkusRunJar(repo.resolve("services/reporting-service")))
                    .port(Ports.free())
                    .database(infra.postgres(), DATABASE, DATABASE, password)
                    .kafka(infra.broker(), KafkaAccess.REPORTING_SERVICE)
                    .jwt(infra.keys())
                    .config("quarkus.devservices.enabled", "false")
                    .logFile(work.resolve("reporting-service.log"))
                    .lifecycle(Lifecycle.EPHEMERAL);
            List<String> options = JVM_OPTIONS.isBlank() ? ServiceProcess.JVM_OPTIONS
                    : Arrays.stream(JVM_OPTIONS.trim().split("\\s+")).toList();
            Arrays.stream(ENV.trim().split("\\s+")).filter(e -> e.contains("="))
                    .forEach(e -> builder.env(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
            ServiceProcess reporting = builder.jvmOptions(options).build();
            report.add("JVM options: " + String.join(" ", options) + "; environment: "
                    + (ENV.isBlank() ? ServiceProcess.ENVIRONMENT : ServiceProcess.ENVIRONMENT + " then " + ENV));
            try (KafkaProducer<String, byte[]> producer = producer(infra)) {
                reporting.start().awaitReady(RunningSystem.READY_TIMEOUT);
                long started = System.nanoTime();
                long produced = produceCourses(producer, EVENTS, () -> true);
                try (Connection db = DriverManager.getConnection(infra.postgres().jdbcUrl(DATABASE), DATABASE, password)) {
                    awaitApplied(db, produced, Duration.ofMinutes(30));
                    report.add(String.format("%,d events applied in %d s", produced,
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));

                    Thread.sleep(10_000);
                    long idle = rssMb(reporting.pid());
                    report.add("RSS idle after applying them: " + idle + " MB");
                    nativeMemory(reporting.pid(), options, "idle");
                    long underLoad = peakRssUnderReads(reporting, new JwtIssuer(infra.keys()));
                    nativeMemory(reporting.pid(), options, "after the readers");
                    report.add("RSS peak under " + READERS + " readers for " + LOAD_SECONDS + " s: " + underLoad + " MB"
                            + " (VmHWM " + hwmMb(reporting.pid()) + " MB)");

                    // The second burst goes on until the SIGTERM has been handled, so that the stop
                    // always falls in the middle of it, however fast the service applies.
                    AtomicBoolean stopHandled = new AtomicBoolean();
                    CompletableFuture<Long> secondBurstSent = CompletableFuture.supplyAsync(() ->
                            produceCourses(producer, Math.max(EVENTS / 5, 10_000), stopHandled::get));
                    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                            .until(() -> appliedEvents(db) > produced);
                    ServiceProcess.Termination stop = reporting.terminate();
                    stopHandled.set(true);
                    long secondBurst = secondBurstSent.get(5, TimeUnit.MINUTES);
                    long appliedAtStop = appliedEvents(db);
                    long positionsAtStop = storedPositions(db);
                    report.add(String.format("SIGTERM while applying: exit %d after %d ms, %,d of %,d events applied,"
                                    + " stored positions %s", stop.exitCode(), stop.took().toMillis(), appliedAtStop,
                            produced + secondBurst, positionsAtStop == appliedAtStop ? "agree" : "DISAGREE: " + positionsAtStop));

                    reporting.start().awaitReady(RunningSystem.READY_TIMEOUT);
                    awaitApplied(db, produced + secondBurst, Duration.ofMinutes(10));
                    long afterRestart = appliedEvents(db);
                    report.add(String.format("after a restart: %,d events applied", afterRestart));

                    SoftAssertions checks = new SoftAssertions();
                    checks.assertThat(stop.killed()).as("needed SIGKILL").isFalse();
                    checks.assertThat(stop.exitCode()).as("exit code on SIGTERM").isIn(0, 143);
                    checks.assertThat(stop.took()).as("time to stop").isLessThan(Duration.ofSeconds(STOP_WITHIN_SECONDS));
                    checks.assertThat(appliedAtStop).as("applied when it stopped").isLessThan(produced + secondBurst);
                    checks.assertThat(positionsAtStop).as("stored positions when it stopped").isEqualTo(appliedAtStop);
                    checks.assertThat(afterRestart).as("applied after the restart").isEqualTo(produced + secondBurst);
                    checks.assertThat(storedPositions(db)).as("stored positions").isEqualTo(afterRestart);
                    checks.assertThat(parked(db)).as("parked records").isZero();
                    checks.assertThat(Files.readString(work.resolve("reporting-service.log")))
                            .as("reporting-service's log").doesNotContain(" ERROR ");
                    checks.assertThat(idle).as("RSS idle, MB").isLessThanOrEqualTo(MAX_RSS_MB);
                    checks.assertThat(underLoad).as("RSS under load, MB").isLessThanOrEqualTo(MAX_RSS_MB);
                    checks.assertAll();
                } finally {
                    reporting.close();
                }
            }
        } finally {
            writeReport();
            keepServiceLog(work.resolve("reporting-service.log"));
            deleteQuietly(work);
        }
    }

    /** Courses started and completed, one event each, spread over the houses and 2016–2025; returns the events sent. */
    /** At least {@code events} course events, and more until {@code enough} says so. */
    private long produceCourses(KafkaProducer<String, byte[]> producer, int events, BooleanSupplier enough) {
        List<House> houses = Houses.load().all().stream().filter(h -> !h.municipalities().isEmpty()).toList();
        GuidanceCategory[] categories = GuidanceCategory.values();
        long sent = 0;
        while (sent < events || !enough.getAsBoolean()) {
            House house = houses.get(random.nextInt(houses.size()));
            String courseId = "course-" + UUID.randomUUID();
            String cvr = companies.get(random.nextInt(companies.size()));
            LocalDate startedOn = LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String municipality = house.municipalities().get(random.nextInt(house.municipalities().size())).code();
            send(producer, house, courseId, 1, new GuidanceCourseStarted(courseId, house.id(), cvr, "Virksomhed " + cvr,
                    municipality, categories[random.nextInt(categories.length)],
                    random.nextInt(4) == 0 ? List.of(Theme.GREEN_TRANSITION) : List.of(), startedOn, "Rådgiver",
                    random.nextBoolean(), random.nextInt(10) < 7, CourseOrigin.DIRECT));
            send(producer, house, courseId, 2, new GuidanceCourseCompleted(courseId, startedOn.plusDays(30)));
            sent += 2;
            if (sent >= events) {
                pause(Duration.ofMillis(10)); // beyond the burst a trickle, until enough
            }
        }
        producer.flush();
        return sent;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, House house, String courseId, long version,
                             DomainEvent payload) {
        Instant now = Instant.now();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(payload.getClass()), courseId,
                version, 0, now, now, "guidance-service", house.id(), "footprint", "crm-" + house.id(), payload);
        producer.send(new ProducerRecord<>(KafkaAccess.GUIDANCE_EVENTS, courseId, EventCodec.toBytes(envelope)));
    }

    private static KafkaProducer<String, byte[]> producer(PrivateInfra infra) {
        Properties p = new Properties();
        p.putAll(infra.broker().clientProperties(KafkaAccess.producerOf(KafkaAccess.GUIDANCE_EVENTS)));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Ten readers (or as many as set) reading the goals, and the peak RSS sampled meanwhile. */
    private long peakRssUnderReads(ServiceProcess reporting, JwtIssuer tokens) throws InterruptedException {
        String token = tokens.token("footprint-reader", List.of("national"), null, Duration.ofHours(1));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<URI> reads = List.of(
                URI.create(reporting.baseUrl() + "/api/v1/houses/nordjylland/years/2023/goals"),
                URI.create(reporting.baseUrl() + "/api/v1/houses/nordjylland/years/2023/goals/G2-GEOGRAPHIC-SPREAD"),
                URI.create(reporting.baseUrl() + "/api/v1/houses/nordjylland/years/2023/municipalities"));
        Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.submit(() -> {
                for (int i = reader; running.get(); i++) {
                    HttpRequest request = HttpRequest.newBuilder(reads.get(i % reads.size()))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    } catch (IOException e) {
                        byStatus.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        long peak = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        while (System.nanoTime() < until) {
            peak = Math.max(peak, rssMb(reporting.pid()));
            Thread.sleep(200);
        }
        running.set(false);
        readers.shutdown();
        readers.awaitTermination(90, TimeUnit.SECONDS);
        report.add("answers under load by status: " + new TreeMap<>(byStatus));
        assertThat(byStatus).as("answers by status").containsKey(200);
        assertThat(byStatus.keySet()).as("answers by status").allMatch(s -> s == 200 || s == 503);
        return peak;
    }

    private static void awaitApplied(Connection db, long events, Duration within) {
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).until(() -> appliedEvents(db) >= events);
    }

    /** Every applied event raised its course's version by one. */
    private static long appliedEvents(Connection db) throws SQLException {
        return single(db, "select coalesce(sum(last_version), 0) from courses");
    }

    private static long storedPositions(Connection db) throws SQLException {
        return single(db, "select coalesce(sum(next_offset), 0) from consumer_positions where topic = 'guidance-events'");
    }

    private static long parked(Connection db) throws SQLException {
        return single(db, "select count(*) from parked_events");
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** With -XX:NativeMemoryTracking among the options: where the RSS goes, by the JVM's own account. */
    private void nativeMemory(long pid, List<String> options, String when) {
        if (options.stream().noneMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
            return;
        }
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            out.lines().filter(l -> l.startsWith("Total") || l.startsWith("-"))
                    .map(l -> "NMT " + when + ": " + l.strip()).forEach(report::add);
        } catch (IOException e) {
            report.add("NMT " + when + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long rssMb(long pid) {
        return statusKb(pid, "VmRSS:") / 1024;
    }

    private static long hwmMb(long pid) {
        return statusKb(pid, "VmHWM:") / 1024;
    }

    private static long statusKb(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status of process " + pid, e);
        }
    }

    private void writeReport() {
        try {
            Path file = Path.of("target", "footprint.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, report);
            report.forEach(line -> System.out.println("footprint: " + line));
        } catch (IOException e) {
            System.err.println("could not write the footprint report: " + e.getMessage());
        }
    }

    /** The service's log outlives the private stack, for a run that failed. */
    private static void keepServiceLog(Path log) {
        try {
            if (Files.isRegularFile(log)) {
                Files.copy(log, Path.of("target", "footprint-reporting-service.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("could not keep " + log + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
