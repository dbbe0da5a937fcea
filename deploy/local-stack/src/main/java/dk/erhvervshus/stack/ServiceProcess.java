package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM,
 * configured through {@code -Dkey=value} and, for secrets, environment variables, logging to a
 * file. Crash tests use {@link #kill()} and {@link #restart()}; the local-run CLI starts it
 * {@link Lifecycle#DETACHED}.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Readiness endpoint of quarkus-smallrye-health. */
    public static final String READY_PATH = "/q/health/ready";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The JVM options of every service, wherever it is launched (the local run, the end-to-end
     * system, the benches; a deployment sets the same, see deploy/README.md). Measured with
     * reporting-service at 100,000 and 1,000,000 events (its README, "Memory"): a heap of 128 MB, which
     * the projection and four concurrent goal reads need at 100,000 events (a read of a million events'
     * house-year does not fit yet); G1 with a periodic collection every 10 s,
     * which gives an idle process's heap back (the serial collector keeps it); C1 only and a small code
     * cache, small thread stacks and bounded metaspace and direct memory, which keep what lies beside
     * the heap small; and an exit on OutOfMemoryError, so that a broken process is restarted instead
     * of lingering half alive. {@link Builder#jvmArg} options come after these and win.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-XX:+ExitOnOutOfMemoryError",
            "-Xmx128m",
            "-XX:+UseG1GC",
            "-XX:G1PeriodicGCInterval=10000",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=32m",
            "-XX:MaxMetaspaceSize=128m",
            "-XX:MaxDirectMemorySize=32m",
            "-Xss512k");

    /**
     * The environment every service starts with, beside its own: glibc's malloc keeps at most two
     * arenas instead of eight per core, which the JVM's native allocations (Netty, Kafka, the JIT)
     * otherwise spread over, each keeping its freed memory resident.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> config;
    private final List<String> jvmOptions;
    private final List<String> jvmArgs;
    private final Map<String, String> env;
    private final Path logFile;
    private final Path pidFile;
    private final Lifecycle lifecycle;
    private Process process;
    private ExitGuard guard;

    private ServiceProcess(Builder builder) {
        this.name = builder.name;
        this.jar = builder.jar.toAbsolutePath();
        this.port = builder.port;
        this.config = Map.copyOf(builder.config);
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.jvmArgs = List.copyOf(builder.jvmArgs);
        this.env = Map.copyOf(builder.env);
        this.logFile = builder.logFile != null ? builder.logFile.toAbsolutePath()
                : Path.of("/tmp", "erhvervshus-" + name + "-" + builder.port + ".log");
        this.pidFile = builder.pidFile;
        this.lifecycle = builder.lifecycle;
    }

    /** @param jar a {@code quarkus-run.jar}, see {@link #quarkusRunJar(Path)} */
    public static Builder builder(String name, Path jar) {
        return new Builder(name, jar);
    }

    /**
     * The environment variable MicroProfile Config reads for a property: every character that is
     * not a letter or digit becomes {@code _}, then upper case ({@code kafka.sasl.jaas.config} →
     * {@code KAFKA_SASL_JAAS_CONFIG}). Quarkus' Kafka client turns {@code KAFKA_*} variables back
     * into {@code kafka.*} client properties.
     */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** Where {@code mvn package} puts the runnable jar of a Quarkus module. */
    public static Path quarkusRunJar(Path moduleDir) {
        return moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Launches the JVM; returns at once, follow with {@link #awaitReady(Duration)}. */
    public synchronized ServiceProcess start() {
        if (isRunning()) {
            return this;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": no jar at " + jar + " (build it with mvn package)");
        }
        if (Ports.isListening(port)) {
            throw new IllegalStateException(name + ": port " + port + " is already in use");
        }
        List<String> command = new ArrayList<>();
        if (lifecycle == Lifecycle.DETACHED) {
            command.addAll(Exec.newSession());
        }
        command.add(Exec.javaBinary());
        command.addAll(jvmOptions);
        command.addAll(jvmArgs);
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectInput(Exec.DEV_NULL)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(ENVIRONMENT);
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot start " + jar, e);
        }
        if (pidFile != null) {
            ProcessControl.writePid(pidFile, process.pid());
        }
        if (lifecycle.stopsWithJvm()) {
            guard = ExitGuard.install(name, this::stop, ExitGuard.terminateScript(process.pid()));
        }
        return this;
    }

    /** Polls the readiness endpoint until it answers 200; fails early with the log tail if the JVM dies. */
    public ServiceProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process current = currentProcess();
            if (current == null || !current.isAlive()) {
                throw new IllegalStateException(name + " is not running" + (current == null ? ""
                        : " (exit code " + current.exitValue() + ")") + "; last lines of " + logFile + ":\n"
                        + Exec.tail(logFile, 40));
            }
            if (isReady(port)) {
                return this;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready on " + baseUrl() + READY_PATH + " within "
                + timeout.toSeconds() + " s; last lines of " + logFile + ":\n" + Exec.tail(logFile, 40));
    }

    /** True when {@code http://127.0.0.1:port/q/health/ready} answers 200 now. */
    public static boolean isReady(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + READY_PATH))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Graceful stop: SIGTERM lets Quarkus finish requests and commit Kafka offsets; SIGKILL after 30 s. */
    public synchronized void stop() {
        if (process != null) {
            ProcessControl.terminate(process.toHandle(), STOP_GRACE);
        }
        forget();
    }

    /**
     * SIGTERM, as an orchestrator stops a service, and how the JVM ended: its exit code (143 for a
     * JVM that ran its shutdown on SIGTERM) and how long it took; SIGKILL after the grace period.
     */
    public synchronized Termination terminate() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        Process stopping = process;
        long started = System.nanoTime();
        stopping.destroy();
        boolean exited = ProcessControl.awaitExit(stopping.toHandle(), STOP_GRACE);
        if (!exited) {
            ProcessControl.kill(stopping.toHandle());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        forget();
        return new Termination(exitCode(stopping), took, !exited);
    }

    /** How a {@link #terminate()} ended; {@code killed} when the grace period ran out. */
    public record Termination(int exitCode, Duration took, boolean killed) {
    }

    private static int exitCode(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an exit code", e);
        }
    }

    /** SIGKILL: simulates a crash (no shutdown hooks, no offset commits, no graceful close). */
    public synchronized void kill() {
        if (process != null) {
            ProcessControl.kill(process.toHandle());
        }
        forget();
    }

    /** Stops (if still running) and starts again with the same configuration; follow with awaitReady. */
    public synchronized ServiceProcess restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** PID of the service JVM, -1 when stopped. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " " + baseUrl();
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private void forget() {
        process = null;
        if (guard != null) {
            guard.release();
            guard = null;
        }
        if (pidFile != null) {
            ProcessControl.deletePid(pidFile);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    /** Configuration of a {@link ServiceProcess}; only name, jar and port are required. */
    public static final class Builder {
        private final String name;
        private final Path jar;
        private int port;
        private final Map<String, String> config = new LinkedHashMap<>();
        private List<String> jvmOptions = JVM_OPTIONS;
        private final List<String> jvmArgs = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path logFile;
        private Path pidFile;
        private Lifecycle lifecycle = Lifecycle.ATTACHED;

        private Builder(String name, Path jar) {
            this.name = Objects.requireNonNull(name);
            this.jar = Objects.requireNonNull(jar);
        }

        /** HTTP port, passed as {@code -Dquarkus.http.port}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A Quarkus config property, passed as {@code -Dkey=value}. */
        public Builder config(String key, String value) {
            config.put(key, value);
            return this;
        }

        public Builder config(Map<String, String> values) {
            config.putAll(values);
            return this;
        }

        /**
         * Connects the service to its database as its own role: JDBC and reactive URL and user as
         * config, the password as a {@link #secret}.
         */
        public Builder database(PostgresServer postgres, String database, String role, String password) {
            config("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
            config("quarkus.datasource.username", role);
            return secret("quarkus.datasource.password", password);
        }

        /**
         * Connects the service to the broker as one of {@link KafkaAccess}'s users: its
         * {@link KafkaBroker#clientProperties} as {@code kafka.*} config, the JAAS line (which
         * holds the password) as a {@link #secret}.
         */
        public Builder kafka(KafkaBroker broker, String user) {
            broker.clientProperties(user).forEach((key, value) -> {
                if (key.equals("sasl.jaas.config")) {
                    secret("kafka." + key, value);
                } else {
                    config("kafka." + key, value);
                }
            });
            return this;
        }

        /** Verifies JWTs as issued by {@link JwtIssuer}: the public key file, issuer and audience. */
        public Builder jwt(JwtKeys keys) {
            config("mp.jwt.verify.publickey.location", keys.verifyKeyFile().toString());
            config("mp.jwt.verify.issuer", JwtIssuer.ISSUER);
            return config("mp.jwt.verify.audiences", JwtIssuer.AUDIENCE);
        }

        /**
         * Other options instead of {@link ServiceProcess#JVM_OPTIONS}: only to measure another set
         * (reporting-service's footprint test); every launcher keeps the defaults.
         */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /** Extra JVM option, after {@link ServiceProcess#JVM_OPTIONS} (a later option of the same kind wins). */
        public Builder jvmArg(String arg) {
            jvmArgs.add(arg);
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        /**
         * A config property holding a secret (a password, a JAAS line): passed as the environment
         * variable MicroProfile Config maps to it ({@link #environmentName}), because a {@code -D}
         * argument can be read by every user of the machine and an environment only by the
         * process's own user.
         */
        public Builder secret(String key, String value) {
            config.remove(key);
            env.put(environmentName(key), value);
            return this;
        }

        /** Defaults to {@code /tmp/erhvervshus-<name>-<port>.log}; appended to across restarts. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Written on start and removed on stop, so another process can find the service. */
        public Builder pidFile(Path pidFile) {
            this.pidFile = pidFile;
            return this;
        }

        /** Defaults to {@link Lifecycle#ATTACHED}; EPHEMERAL behaves the same (a service has no data). */
        public Builder lifecycle(Lifecycle lifecycle) {
            this.lifecycle = Objects.requireNonNull(lifecycle);
            return this;
        }

        public ServiceProcess build() {
            if (port <= 0) {
                throw new IllegalStateException(name + ": set a port");
            }
            return new ServiceProcess(this);
        }
    }
}
