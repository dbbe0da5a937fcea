package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Runs the whole stack locally as detached processes: {@code start [--empty] [--fresh] --repo DIR},
 * {@code stop}, {@code status}. State (data, logs, PID files, secrets) lives in
 * {@code $ERHVERVSHUS_STACK_DIR} (default /tmp/erhvervshus-local: PostgreSQL data must be reachable
 * by the postgres user, which a directory under /root is not). Every command can be repeated safely.
 *
 * <p>The stack is secured: each service connects to PostgreSQL as its own role and to Kafka as its
 * own SCRAM user, with passwords generated into {@code secrets/} on first start and handed over as
 * environment variables; services verify JWTs with the key pair in the same directory, and
 * {@code deploy/local/token} ({@link TokenCli}) signs tokens with it.
 */
public final class LocalStackCli {

    static final int PG_PORT = 5433;
    static final int KAFKA_PORT = 9092;
    static final int CONTROLLER_PORT = 9093;
    static final String DEFAULT_STATE_DIR = "/tmp/erhvervshus-local";
    static final String SECRETS_DIR = "secrets";
    /** How to call the APIs, printed after a start (deploy/local/start repeats it). */
    static final String TOKEN_HINT = """
            The APIs want a bearer token signed with this stack's key; get one for a role (and house):
              TOKEN=$(deploy/local/token --role dashboard --house nordjylland)
              curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8083/api/v1/houses/nordjylland/years/2023/goals""";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /**
     * A service module the CLI runs when its jar has been built. Its database role is named like
     * its database, its Kafka user like the service.
     */
    record Service(String name, int port, String database) {
        String module() {
            return "services/" + name;
        }

        String role() {
            return database;
        }

        String kafkaUser() {
            return name;
        }

        /** Part of the command line that identifies this service's JVM behind a PID. */
        String marker() {
            return module() + "/target/quarkus-app/quarkus-run.jar";
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("guidance-service", 8081, "guidance"),
            new Service("survey-service", 8082, "survey"),
            new Service("reporting-service", 8083, "reporting"));

    private final Path stateDir;
    private final Map<String, String> env;

    LocalStackCli(Path stateDir, Map<String, String> env) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.env = env;
    }

    /** {@code $ERHVERVSHUS_STACK_DIR}, default {@value #DEFAULT_STATE_DIR}. */
    static Path stateDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("ERHVERVSHUS_STACK_DIR", DEFAULT_STATE_DIR)).toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int code;
        try {
            code = new LocalStackCli(stateDir(env), env).run(List.of(args));
        } catch (RuntimeException e) {
            System.err.println("local-stack: " + e.getMessage());
            code = 1;
        }
        // Exit explicitly: the detached children must not be waited for, and no stray non-daemon
        // thread (HTTP client, pools) may keep the CLI alive.
        System.exit(code);
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            return usage();
        }
        Set<String> flags = Set.of("--empty", "--fresh");
        Path repo = Path.of(".");
        boolean fresh = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--repo") && i + 1 < args.size()) {
                repo = Path.of(args.get(++i));
            } else if (flags.contains(arg)) {
                // --empty is handled by deploy/local/start (it skips the demo data); accepted here
                // so the script can pass its arguments through unchanged.
                fresh |= arg.equals("--fresh");
            } else {
                System.err.println("unknown option: " + arg);
                return usage();
            }
        }
        return switch (args.get(0)) {
            case "start" -> start(repo.toAbsolutePath().normalize(), fresh);
            case "stop" -> stop();
            case "status" -> status();
            default -> usage();
        };
    }

    private static int usage() {
        System.err.println("usage: LocalStackCli start [--empty] [--fresh] [--repo DIR] | stop | status");
        return 2;
    }

    // ---------------------------------------------------------------- start

    int start(Path repo, boolean fresh) {
        long started = System.nanoTime();
        if (fresh) {
            stop();
            deleteStateDir();
        }
        refuseStateFromBeforeSecurity();
        createDirectories(logs(), pids());
        System.out.println("state dir: " + stateDir);
        Secrets secrets = Secrets.in(secretsDir());
        JwtKeys keys = JwtKeys.loadOrGenerate(secrets);

        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> startPostgres(secrets));
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> startKafka(secrets));
        PostgresServer postgres = join(pg);
        KafkaBroker broker = join(kafka);

        List<ServiceProcess> launched = new ArrayList<>();
        List<Service> alreadyRunning = new ArrayList<>();
        for (Service service : SERVICES) {
            Path jar = ServiceProcess.quarkusRunJar(repo.resolve(service.module()));
            if (!Files.isRegularFile(jar)) {
                System.out.println(service.name() + ": not built (no " + jar + "), skipped");
            } else if (runningService(service).isPresent()) {
                System.out.println(service.name() + ": already running on " + service.port());
                alreadyRunning.add(service);
            } else {
                launched.add(launch(service, jar, postgres, broker, keys, secrets));
            }
        }
        List<String> failures = awaitReady(launched, alreadyRunning);
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.err.println("local-stack: not healthy; see " + logs() + ", stop with deploy/local/stop");
            return 1;
        }
        System.out.printf("stack up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println(TOKEN_HINT);
        return 0;
    }

    /**
     * A state dir from before the stack was secured has data but no secrets: its broker has no
     * SCRAM users and its tables belong to the superuser, so starting on it could only fail
     * obscurely later.
     */
    void refuseStateFromBeforeSecurity() {
        boolean hasData = Files.exists(pgData().resolve("PG_VERSION")) || Files.exists(kafkaData().resolve("kraft"));
        if ((hasData && !Files.isDirectory(secretsDir())) || KafkaBroker.isFormattedWithoutUsers(kafkaData())) {
            throw new IllegalStateException(stateDir + " holds data from before the local stack was secured (Kafka"
                    + " without SCRAM users, databases owned by the superuser); start over with"
                    + " deploy/local/start --fresh (it stops the stack and deletes its data)");
        }
    }

    private PostgresServer startPostgres(Secrets secrets) {
        PostgresServer postgres;
        String host = env.get("ERHVERVSHUS_PG_HOST");
        if (host != null && !host.isBlank()) {
            int port = Integer.parseInt(env.getOrDefault("ERHVERVSHUS_PG_PORT", "5432"));
            postgres = PostgresServer.external(host, port, env.getOrDefault("ERHVERVSHUS_PG_USER", "postgres"),
                    env.getOrDefault("ERHVERVSHUS_PG_PASSWORD", ""));
            System.out.println("postgres: using existing server " + host + ":" + port);
        } else {
            boolean running = PostgresServer.isRunning(pgData());
            if (!running && Ports.isListening(PG_PORT)) {
                throw new IllegalStateException("port " + PG_PORT + " is taken by another PostgreSQL; stop it or "
                        + "point ERHVERVSHUS_PG_HOST/PORT/USER/PASSWORD at it");
            }
            postgres = PostgresServer.start(pgData(), PG_PORT, Lifecycle.DETACHED, logs().resolve("postgres.log"), secrets);
            System.out.println("postgres: " + (running ? "already running" : "started") + " on " + PG_PORT);
        }
        for (Service service : SERVICES) {
            postgres.createServiceDatabase(service.database(), service.role(), secrets.password(roleSecret(service)));
        }
        System.out.println("postgres: roles and databases " + SERVICES.stream().map(Service::database).toList());
        return postgres;
    }

    private KafkaBroker startKafka(Secrets secrets) {
        KafkaBroker broker = KafkaBroker.create(kafkaData(), KAFKA_PORT, CONTROLLER_PORT, Lifecycle.DETACHED,
                logs().resolve("kafka.log"), secrets);
        if (runningKafka().isPresent() && Ports.isListening(KAFKA_PORT)) {
            System.out.println("kafka: already running on " + KAFKA_PORT);
            return broker;
        }
        broker.start();
        ProcessControl.writePid(pids().resolve("kafka.pid"), broker.pid());
        System.out.println("kafka: started on " + KAFKA_PORT + " (SASL/SCRAM; topics and ACLs in place)");
        return broker;
    }

    private static String roleSecret(Service service) {
        return "postgres-" + service.role();
    }

    private ServiceProcess launch(Service service, Path jar, PostgresServer postgres, KafkaBroker broker, JwtKeys keys,
                                  Secrets secrets) {
        ServiceProcess process = ServiceProcess.builder(service.name(), jar)
                .port(service.port())
                .database(postgres, service.database(), service.role(), secrets.password(roleSecret(service)))
                .kafka(broker, service.kafkaUser())
                .jwt(keys)
                .config("quarkus.devservices.enabled", "false")
                .logFile(logs().resolve(service.name() + ".log"))
                .pidFile(pids().resolve(service.name() + ".pid"))
                .lifecycle(Lifecycle.DETACHED)
                .build()
                .start();
        System.out.println(service.name() + ": starting on " + service.port());
        return process;
    }

    /** Waits for all services in parallel; returns one message (with log tail) per failure. */
    private List<String> awaitReady(List<ServiceProcess> launched, List<Service> alreadyRunning) {
        List<CompletableFuture<String>> checks = new ArrayList<>();
        for (ServiceProcess process : launched) {
            checks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    process.awaitReady(READY_TIMEOUT);
                    System.out.println(process.name() + ": ready at " + process.baseUrl());
                    return null;
                } catch (IllegalStateException e) {
                    return "FAILED " + e.getMessage();
                }
            }));
        }
        for (Service service : alreadyRunning) {
            checks.add(CompletableFuture.supplyAsync(() -> awaitAlreadyRunning(service)));
        }
        return checks.stream().map(CompletableFuture::join).filter(message -> message != null).toList();
    }

    private String awaitAlreadyRunning(Service service) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (ServiceProcess.isReady(service.port())) {
                return null;
            }
            if (runningService(service).isEmpty()) {
                break;
            }
            sleep(500);
        }
        return "FAILED " + service.name() + " not ready on port " + service.port() + "; last lines of its log:\n"
                + Exec.tail(logs().resolve(service.name() + ".log"), 40);
    }

    // ---------------------------------------------------------------- stop

    int stop() {
        // Services first so they do not log a storm of connection errors while Kafka and
        // PostgreSQL go away underneath them.
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (Service service : SERVICES) {
            runningService(service).ifPresent(process -> stops.add(CompletableFuture.runAsync(() -> {
                ProcessControl.terminate(process, STOP_GRACE);
                System.out.println(service.name() + ": stopped");
            })));
            ProcessControl.deletePid(pids().resolve(service.name() + ".pid"));
        }
        stops.forEach(CompletableFuture::join);
        runningKafka().ifPresent(process -> {
            ProcessControl.terminate(process, STOP_GRACE);
            System.out.println("kafka: stopped");
        });
        ProcessControl.deletePid(pids().resolve("kafka.pid"));
        ProcessControl.deletePid(kafkaData().resolve("kafka.pid"));
        if (PostgresServer.stopCluster(pgData())) {
            System.out.println("postgres: stopped");
        }
        return 0;
    }

    // ---------------------------------------------------------------- status

    int status() {
        System.out.println("state dir: " + stateDir);
        String host = env.get("ERHVERVSHUS_PG_HOST");
        if (host != null && !host.isBlank()) {
            int port = Integer.parseInt(env.getOrDefault("ERHVERVSHUS_PG_PORT", "5432"));
            line("postgres", Ports.isListening(host, port) ? "reachable" : "UNREACHABLE",
                    "external " + host + ":" + port);
        } else {
            line("postgres", PostgresServer.isRunning(pgData()) ? "running" : "stopped", "127.0.0.1:" + PG_PORT);
        }
        Optional<ProcessHandle> kafka = runningKafka();
        line("kafka", kafka.isPresent() ? "running" : "stopped",
                "127.0.0.1:" + KAFKA_PORT + kafka.map(p -> " pid " + p.pid()).orElse(""));
        for (Service service : SERVICES) {
            Optional<ProcessHandle> process = runningService(service);
            String state = process.isEmpty() ? "stopped" : ServiceProcess.isReady(service.port()) ? "ready" : "starting";
            line(service.name(), state, "http://127.0.0.1:" + service.port()
                    + process.map(p -> " pid " + p.pid()).orElse(""));
        }
        return 0;
    }

    private static void line(String name, String state, String detail) {
        System.out.printf("%-18s %-12s %s%n", name, state, detail);
    }

    // ---------------------------------------------------------------- layout and helpers

    Path logs() {
        return stateDir.resolve("logs");
    }

    Path pids() {
        return stateDir.resolve("pids");
    }

    Path pgData() {
        return stateDir.resolve("postgres");
    }

    Path kafkaData() {
        return stateDir.resolve("kafka");
    }

    Path secretsDir() {
        return stateDir.resolve(SECRETS_DIR);
    }

    private Optional<ProcessHandle> runningKafka() {
        return ProcessControl.fromPidFile(pids().resolve("kafka.pid"), KafkaBroker.MAIN_CLASS);
    }

    private Optional<ProcessHandle> runningService(Service service) {
        return ProcessControl.fromPidFile(pids().resolve(service.name() + ".pid"), service.marker());
    }

    /** Deletes the state dir, but only when it holds nothing this CLI did not put there. */
    private void deleteStateDir() {
        if (!Files.exists(stateDir)) {
            return;
        }
        // demo-data.loaded is the marker deploy/local/start leaves after loading the demo year.
        Set<String> ours = Set.of("logs", "pids", "postgres", "kafka", SECRETS_DIR, "demo-data.loaded");
        try (Stream<Path> entries = Files.list(stateDir)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !ours.contains(n)).toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException("refusing to delete " + stateDir + ": it also holds " + foreign);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Exec.deleteRecursively(stateDir);
        System.out.println("deleted " + stateDir);
    }

    private static void createDirectories(Path... dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir, e);
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
