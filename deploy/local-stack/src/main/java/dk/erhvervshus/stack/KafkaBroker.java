package dk.erhvervshus.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Kafka (KRaft broker and controller in one process) running in its own JVM on
 * the broker classpath this module resolved at build time. The caller needs no Kafka jars: the
 * broker's Scala and server dependencies never meet the application's classpath.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The broker logs this once it serves clients; together with an open port it means ready. */
    static final String STARTED_LINE = "Kafka Server started";
    static final String MAIN_CLASS = "kafka.Kafka";
    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Lifecycle lifecycle;
    private final Path logFile;
    private Process process;
    private ExitGuard guard;
    private boolean closed;

    private KafkaBroker(Path dataDir, int port, int controllerPort, Lifecycle lifecycle, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.lifecycle = lifecycle;
        this.logFile = logFile;
    }

    /** Formats (when new) and starts a broker that stops with this JVM and keeps its data. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        return create(dataDir, port, controllerPort, Lifecycle.ATTACHED, null).start();
    }

    /**
     * A broker for this data directory and these ports, not yet started.
     *
     * @param logFile broker output; null means {@code <dataDir>/kafka.log}
     */
    public static KafkaBroker create(Path dataDir, int port, int controllerPort, Lifecycle lifecycle, Path logFile) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return new KafkaBroker(dir, port, controllerPort, lifecycle,
                logFile == null ? dir.resolve("kafka.log") : logFile.toAbsolutePath());
    }

    /**
     * Starts the broker and waits until it serves clients. Works again after {@link #stop()} on
     * the same data directory and ports, which is how tests simulate a broker outage.
     */
    public synchronized KafkaBroker start() {
        if (closed) {
            throw new IllegalStateException("broker is closed");
        }
        if (isRunning()) {
            return this;
        }
        if (Ports.isListening(port) || Ports.isListening(controllerPort)) {
            throw new IllegalStateException("cannot start Kafka: port " + port + " or " + controllerPort + " is in use");
        }
        List<String> classpath = brokerClasspath();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            Files.writeString(dataDir.resolve("server.properties"), serverProperties());
            Files.writeString(dataDir.resolve("log4j2.xml"), LOG4J2_XML);
            formatIfNeeded(classpath);
            long logOffset = Files.exists(logFile) ? Files.size(logFile) : 0;
            List<String> command = new ArrayList<>();
            if (lifecycle == Lifecycle.DETACHED) {
                command.addAll(Exec.newSession());
            }
            command.addAll(List.of(Exec.javaBinary(), "-Xmx384m", "-Xms64m", "-XX:+UseSerialGC",
                    "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.xml").toUri(),
                    "-cp", String.join(File.pathSeparator, classpath),
                    MAIN_CLASS, dataDir.resolve("server.properties").toString()));
            process = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectInput(Exec.DEV_NULL)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            ProcessControl.writePid(pidFile(), process.pid());
            if (lifecycle.stopsWithJvm()) {
                guard = ExitGuard.install("kafka-" + port, this::close, killedJvmScript(process.pid()));
            }
            awaitReady(logOffset);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka in " + dataDir, e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Orderly shutdown (SIGTERM), SIGKILL if the broker has not exited within 30 s. Data is kept. */
    public synchronized void stop() {
        if (process != null) {
            ProcessControl.terminate(process.toHandle(), STOP_GRACE);
            process = null;
        }
        releaseGuard();
        ProcessControl.deletePid(pidFile());
    }

    /** SIGKILL, as a crashed host would do it. Data is kept; {@link #start()} recovers it. */
    public synchronized void kill() {
        if (process != null) {
            ProcessControl.kill(process.toHandle());
            process = null;
        }
        releaseGuard();
        ProcessControl.deletePid(pidFile());
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** PID of the running broker JVM, -1 when stopped. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** Value for {@code kafka.bootstrap.servers} / {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the broker for good; deletes the data directory when the broker was ephemeral. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        if (lifecycle.deletesData()) {
            Exec.deleteRecursively(dataDir);
        }
    }

    @Override
    public String toString() {
        return "Kafka " + bootstrapServers() + " (" + dataDir + ")";
    }

    /** Jars of kafka_2.13 and its log4j binding, as resolved by this module's build. */
    static List<String> brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + CLASSPATH_RESOURCE + " missing: build deploy/local-stack");
            }
            List<String> entries = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()
                    .split(File.pathSeparator));
            List<String> missing = entries.stream().filter(entry -> !Files.exists(Path.of(entry))).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("broker classpath entries missing (re-run "
                        + "'mvn -pl deploy/local-stack install' to resolve them): " + missing);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
        }
    }

    Path pidFile() {
        return dataDir.resolve("kafka.pid");
    }

    private Path kraftDir() {
        return dataDir.resolve("kraft");
    }

    private String serverProperties() {
        String config = """
                # Written by dk.erhvervshus.stack.KafkaBroker on every start.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=6
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                # Fewer internal partitions and threads than the defaults (50, 3, 8): the whole
                # stack shares two cores, and the first consumer group then comes up faster.
                offsets.topic.num.partitions=6
                transaction.state.log.num.partitions=6
                share.coordinator.state.topic.num.partitions=6
                num.network.threads=2
                num.io.threads=4
                num.recovery.threads.per.data.dir=1
                """;
        return config.formatted(port, controllerPort, kraftDir());
    }

    private void formatIfNeeded(List<String> classpath) throws IOException {
        if (Files.exists(kraftDir().resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(kraftDir());
        // The storage tool is a short JVM: C1 only and a small serial heap make it start faster.
        List<String> command = List.of(Exec.javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.xml").toUri(),
                "-cp", String.join(File.pathSeparator, classpath),
                "kafka.tools.StorageTool", "format", "-t", newClusterId(),
                "-c", dataDir.resolve("server.properties").toString());
        Exec.check(command, Map.of(), Duration.ofSeconds(120));
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, as Uuid.randomUuid(). */
    private static String newClusterId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // Kafka avoids a leading '-' too: the storage tool would read it as an option.
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private void awaitReady(long logOffset) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue()
                        + " while starting; last log lines of " + logFile + ":\n" + Exec.tail(logFile, 40));
            }
            if (logContains(logOffset, STARTED_LINE) && Ports.isListening(port)) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("Kafka not ready within " + START_TIMEOUT.toSeconds() + " s; last log lines of "
                + logFile + ":\n" + Exec.tail(logFile, 40));
    }

    /** Looks only at what this start wrote: an earlier run's "started" line must not count. */
    private boolean logContains(long offset, String text) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            if (file.length() <= offset) {
                return false;
            }
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private String killedJvmScript(long pid) {
        String stop = ExitGuard.terminateScript(pid);
        return lifecycle.deletesData() ? stop + "; rm -rf " + ExitGuard.quote(dataDir.toString()) : stop;
    }

    private void releaseGuard() {
        if (guard != null) {
            guard.release();
            guard = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private static final String LOG4J2_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Written by dk.erhvervshus.stack.KafkaBroker: INFO to stdout, which goes to the log file. -->
            <Configuration status="WARN">
              <Appenders>
                <Console name="out" target="SYSTEM_OUT">
                  <PatternLayout pattern="[%d{ISO8601}] %p %m (%c)%n"/>
                </Console>
              </Appenders>
              <Loggers>
                <Logger name="kafka.log.LogCleaner" level="WARN"/>
                <Logger name="state.change.logger" level="WARN"/>
                <Root level="INFO">
                  <AppenderRef ref="out"/>
                </Root>
              </Loggers>
            </Configuration>
            """;
}
