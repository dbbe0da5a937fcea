package dk.erhvervshus.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real single-node Kafka (KRaft broker and controller in one process) running in its own JVM on
 * the broker classpath this module resolved at build time. The caller needs no Kafka jars: the
 * broker's Scala and server dependencies never meet the application's classpath.
 *
 * <p>Secured as a production broker would be: clients authenticate with SASL/SCRAM-SHA-512 (the
 * users of {@link KafkaAccess}, created when the storage is formatted, their passwords in the
 * {@link Secrets} store), the controller listener with SASL/PLAIN as {@code controller}, the
 * StandardAuthorizer denies whatever {@link KafkaAccess} does not grant, topics are never created
 * implicitly, and every listener is on 127.0.0.1. After the first start (and whenever the table
 * changed) a short child JVM applies {@link KafkaAccess}'s topics and ACLs.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The broker logs this once it serves clients; together with an open port it means ready. */
    static final String STARTED_LINE = "Kafka Server started";
    static final String MAIN_CLASS = "kafka.Kafka";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";
    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    /** Written once the storage was formatted with SCRAM users; a data dir without it predates them. */
    private static final String SECURED_MARKER = "scram-users.formatted";
    /** Holds {@link KafkaAccess#fingerprint()} of the table last applied to this broker. */
    private static final String ACCESS_MARKER = "access.applied";
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Lifecycle lifecycle;
    private final Path logFile;
    private final Secrets secrets;
    private Process process;
    private ExitGuard guard;
    private boolean closed;

    private KafkaBroker(Path dataDir, int port, int controllerPort, Lifecycle lifecycle, Path logFile, Secrets secrets) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.lifecycle = lifecycle;
        this.logFile = logFile;
        this.secrets = secrets;
    }

    /**
     * A broker for this data directory and these ports, not yet started.
     *
     * @param logFile broker output; null means {@code <dataDir>/kafka.log}
     * @param secrets where the users' passwords are kept; the same store for every start on this data dir
     */
    public static KafkaBroker create(Path dataDir, int port, int controllerPort, Lifecycle lifecycle, Path logFile,
                                     Secrets secrets) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return new KafkaBroker(dir, port, controllerPort, lifecycle,
                logFile == null ? dir.resolve("kafka.log") : logFile.toAbsolutePath(), Objects.requireNonNull(secrets));
    }

    /** True when dataDir holds storage formatted before the broker had SCRAM users (it cannot start secured). */
    public static boolean isFormattedWithoutUsers(Path dataDir) {
        return Files.exists(dataDir.resolve("kraft/meta.properties")) && !Files.exists(dataDir.resolve(SECURED_MARKER));
    }

    /**
     * Starts the broker and waits until it serves clients, with {@link KafkaAccess}'s topics and
     * ACLs in place. Works again after {@link #stop()} on the same data directory and ports (users,
     * topics and ACLs are kept), which is how tests simulate a broker outage.
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
        if (isFormattedWithoutUsers(dataDir)) {
            throw new IllegalStateException(dataDir + " was formatted before the broker required SASL/SCRAM and has no"
                    + " users; delete it (for the local run: deploy/local/start --fresh) and start again");
        }
        List<String> classpath = brokerClasspath();
        try {
            PrivateFiles.directory(dataDir);
            Files.createDirectories(logFile.getParent());
            // It holds the admin's and the controller's passwords.
            PrivateFiles.write(dataDir.resolve("server.properties"), serverProperties());
            Files.writeString(dataDir.resolve("log4j2.xml"), LOG4J2_XML);
            Files.writeString(dataDir.resolve("tools-log4j2.xml"), TOOLS_LOG4J2_XML);
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
            applyAccessIfChanged(classpath);
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

    /**
     * Client configuration for one of {@link KafkaAccess#SCRAM_USERS}: {@code bootstrap.servers},
     * {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} (which holds
     * the password: hand it to a process as a secret, never on its command line).
     */
    public Map<String, String> clientProperties(String user) {
        if (!KafkaAccess.SCRAM_USERS.contains(user)) {
            throw new IllegalArgumentException("not a Kafka user of the stack: " + user
                    + " (users: " + String.join(", ", KafkaAccess.SCRAM_USERS) + ")");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        properties.put("security.protocol", SECURITY_PROTOCOL);
        properties.put("sasl.mechanism", SASL_MECHANISM);
        properties.put("sasl.jaas.config", scramJaas(user, password(user)));
        return properties;
    }

    /** {@link #clientProperties(String)} of the super user, for tooling that must see every topic. */
    public Map<String, String> adminProperties() {
        return clientProperties(KafkaAccess.ADMIN);
    }

    /** The JAAS line a SCRAM client logs in with. */
    public static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
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

    private String password(String user) {
        return secrets.password(KafkaAccess.secretName(user));
    }

    private String serverProperties() {
        String config = """
                # Written by dk.erhvervshus.stack.KafkaBroker on every start (mode 0600: it holds passwords).
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=SASL_PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=SASL_PLAINTEXT
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                # Clients and the broker itself: SCRAM-SHA-512, credentials in the cluster metadata.
                sasl.enabled.mechanisms=SCRAM-SHA-512
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=%4$s
                # A KRaft controller cannot use SCRAM (its credentials live in the metadata it serves): PLAIN.
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%5$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:admin;User:controller
                allow.everyone.if.no.acl.found=false
                log.dirs=%3$s
                num.partitions=6
                # Topics exist because the access setup created them, never because a client named one.
                auto.create.topics.enable=false
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
        String controllerPassword = password(KafkaAccess.CONTROLLER);
        String controllerJaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + KafkaAccess.CONTROLLER + "\" password=\"" + controllerPassword + "\" user_" + KafkaAccess.CONTROLLER
                + "=\"" + controllerPassword + "\";";
        return config.formatted(port, controllerPort, kraftDir(),
                scramJaas(KafkaAccess.ADMIN, password(KafkaAccess.ADMIN)), controllerJaas);
    }

    /** Formats new storage with a SCRAM credential for every user of {@link KafkaAccess}. */
    private void formatIfNeeded(List<String> classpath) throws IOException {
        if (Files.exists(kraftDir().resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(kraftDir());
        StringBuilder users = new StringBuilder();
        for (String user : KafkaAccess.SCRAM_USERS) {
            users.append(user).append('=').append(password(user)).append('\n');
        }
        Path usersFile = dataDir.resolve("scram-users.properties");
        PrivateFiles.write(usersFile, users.toString());
        try {
            runTool(classpath, KafkaStorageFormat.class, dataDir.resolve("server.properties").toString(),
                    newClusterId(), usersFile.toString());
        } finally {
            Files.deleteIfExists(usersFile);
        }
        Files.writeString(dataDir.resolve(SECURED_MARKER), "SCRAM-SHA-512 users: " + KafkaAccess.SCRAM_USERS + "\n");
    }

    /** Creates topics and ACLs as the admin, unless this data dir already has the current table's. */
    private void applyAccessIfChanged(List<String> classpath) throws IOException {
        Path marker = dataDir.resolve(ACCESS_MARKER);
        String fingerprint = KafkaAccess.fingerprint();
        if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
            return;
        }
        StringBuilder admin = new StringBuilder();
        adminProperties().forEach((key, value) -> admin.append(key).append('=')
                .append(value.replace("\\", "\\\\")).append('\n'));
        Path adminFile = dataDir.resolve("admin-client.properties");
        PrivateFiles.write(adminFile, admin.toString());
        try {
            runTool(classpath, KafkaAccessSetup.class, adminFile.toString());
        } finally {
            Files.deleteIfExists(adminFile);
        }
        Files.writeString(marker, fingerprint);
    }

    /**
     * Runs one of this module's Kafka tools in a short JVM on the broker classpath plus this
     * module's own classes; secrets reach it through the files named in args, never as arguments.
     */
    private void runTool(List<String> classpath, Class<?> tool, String... args) {
        List<String> toolClasspath = new ArrayList<>(classpath);
        toolClasspath.add(ownClasses().toString());
        // A short JVM: C1 only and a small serial heap make it start faster.
        List<String> command = new ArrayList<>(List.of(Exec.javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + dataDir.resolve("tools-log4j2.xml").toUri(),
                "-cp", String.join(File.pathSeparator, toolClasspath), tool.getName()));
        command.addAll(List.of(args));
        Exec.check(command, Map.of(), TOOL_TIMEOUT);
    }

    /** The jar or classes directory this class was loaded from, whatever class loader loaded it. */
    static Path ownClasses() {
        String resource = KafkaBroker.class.getName().replace('.', '/') + ".class";
        URL url = KafkaBroker.class.getClassLoader() == null ? null : KafkaBroker.class.getClassLoader().getResource(resource);
        try {
            if (url != null && url.getProtocol().equals("jar")) {
                String path = url.getPath();
                return Path.of(URI.create(path.substring(0, path.indexOf("!/"))));
            }
            if (url != null && url.getProtocol().equals("file")) {
                Path classFile = Path.of(url.toURI());
                Path root = classFile;
                for (int i = 0; i < resource.split("/").length; i++) {
                    root = root.getParent();
                }
                return root;
            }
            CodeSource source = KafkaBroker.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null && source.getLocation().getProtocol().equals("file")) {
                return Path.of(source.getLocation().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot tell where local-stack's classes are (" + url + ")", e);
        }
        throw new IllegalStateException("cannot tell where local-stack's classes are (" + url + ")");
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

    private static final String TOOLS_LOG4J2_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Written by dk.erhvervshus.stack.KafkaBroker: the storage and access tools log warnings only. -->
            <Configuration status="WARN">
              <Appenders>
                <Console name="out" target="SYSTEM_OUT">
                  <PatternLayout pattern="[%d{ISO8601}] %p %m (%c)%n"/>
                </Console>
              </Appenders>
              <Loggers>
                <Root level="WARN">
                  <AppenderRef ref="out"/>
                </Root>
              </Loggers>
            </Configuration>
            """;
}
