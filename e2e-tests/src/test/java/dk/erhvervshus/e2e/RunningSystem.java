package dk.erhvervshus.e2e;

import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaAccess;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The whole system as it runs in production, on this machine: a real PostgreSQL, a real Kafka
 * broker and the packaged services, each its own process on free ports, secured as the local run
 * is (each service its own database role and Kafka user, passwords as environment variables, JWTs
 * verified against a key pair of this run). Tests talk to it only through the public APIs, with
 * tokens from {@link #tokens}.
 */
public final class RunningSystem implements AutoCloseable {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    public final PostgresServer postgres;
    public final KafkaBroker broker;
    public final ServiceProcess guidance;
    public final ServiceProcess survey;
    public final ServiceProcess reporting;
    /** Signs tokens the services accept. */
    public final JwtIssuer tokens;
    private final Map<Caller, String> callerTokens = new EnumMap<>(Caller.class);
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private final Secrets secrets;
    private final JwtKeys keys;
    private final Path repo;
    private final Path workDir;

    private RunningSystem(Path workDir, Secrets secrets, JwtKeys keys, PostgresServer postgres, KafkaBroker broker) {
        this.workDir = workDir;
        this.secrets = secrets;
        this.keys = keys;
        this.postgres = postgres;
        this.broker = broker;
        this.tokens = new JwtIssuer(keys);
        this.repo = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        this.guidance = service("guidance-service", "guidance", "guidance-service", "guidance-service", Map.of());
        this.survey = service("survey-service", "survey", "survey-service", "survey-service", Map.of());
        this.reporting = service("reporting-service", "reporting", "reporting-service", "reporting-service", Map.of());
    }

    public static RunningSystem start() {
        Path workDir = tempDir();
        Secrets secrets = Secrets.temporary();
        PrivateInfra infra = PrivateInfra.start(workDir.resolve("pg"), workDir.resolve("kafka"), workDir, secrets,
                server -> {
                    for (String database : List.of("guidance", "survey", "reporting")) {
                        server.createServiceDatabase(database, database, secrets.password(roleSecret(database)));
                    }
                });
        RunningSystem system = new RunningSystem(workDir, secrets, infra.keys(), infra.postgres(), infra.broker());
        system.guidance.start();
        system.survey.start();
        system.reporting.start();
        system.guidance.awaitReady(READY_TIMEOUT);
        system.survey.awaitReady(READY_TIMEOUT);
        system.reporting.awaitReady(READY_TIMEOUT);
        return system;
    }

    /**
     * A service as its own database role (named like its database) and a Kafka user of the stack;
     * {@code module} is the directory under services/ whose packaged jar runs.
     */
    private ServiceProcess service(String name, String database, String module, String kafkaUser,
                                   Map<String, String> config) {
        return ServiceProcess.builder(name, ServiceProcess.quarkusRunJar(repo.resolve("services").resolve(module)))
                .port(Ports.free())
                .database(postgres, database, database, secrets.password(roleSecret(database)))
                .kafka(broker, kafkaUser)
                .jwt(keys)
                .config("quarkus.devservices.enabled", "false")
                .config(config)
                .logFile(workDir.resolve(name + ".log"))
                .lifecycle(Lifecycle.EPHEMERAL)
                .build();
    }

    /**
     * Another reporting-service beside the system's own, as a rebuild would run: an empty database
     * with a role of its own (both named {@code database}, created like the others), the same Kafka
     * user (whose ACL allows consumer groups prefixed {@code reporting-service}) in the consumer group
     * {@code consumerGroup}, so it reads both topics from their beginning. Started and ready; stopped
     * with the system.
     */
    public ServiceProcess startReportingReplica(String database, String consumerGroup) {
        if (!consumerGroup.startsWith(KafkaAccess.REPORTING_SERVICE)) {
            throw new IllegalArgumentException("the broker lets reporting-service read in groups named "
                    + KafkaAccess.REPORTING_SERVICE + "… only, not " + consumerGroup);
        }
        postgres.createServiceDatabase(database, database, secrets.password(roleSecret(database)));
        ServiceProcess replica = service("reporting-service-" + database, database, "reporting-service",
                KafkaAccess.REPORTING_SERVICE, Map.of("reporting.consumer.group-id", consumerGroup));
        synchronized (replicas) {
            replicas.add(replica);
        }
        replica.start();
        replica.awaitReady(READY_TIMEOUT);
        return replica;
    }

    /**
     * A second instance of the system's reporting-service: the same database, role, Kafka user and
     * consumer group, so the two share the partitions and the read models, as a scaled-out
     * deployment runs. Started and ready; stopped with the system.
     */
    public ServiceProcess startSecondReportingInstance() {
        ServiceProcess second = service("reporting-service-2", "reporting", "reporting-service",
                KafkaAccess.REPORTING_SERVICE, Map.of());
        synchronized (replicas) {
            replicas.add(second);
        }
        second.start();
        second.awaitReady(READY_TIMEOUT);
        return second;
    }

    /** Starts a service again after a kill or stop, with its configuration, and waits until it is ready. */
    public void restart(ServiceProcess service) {
        service.start();
        service.awaitReady(READY_TIMEOUT);
    }

    /** A JDBC connection to a service's database as that service's own role (named like the database). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), database, secrets.password(roleSecret(database)));
    }

    private static String roleSecret(String database) {
        return "postgres-" + database;
    }

    /** A request to a service as one of the system's clients: its base URL and the caller's bearer token. */
    public RequestSpecification as(Caller caller, ServiceProcess service) {
        return given().baseUri(service.baseUrl()).auth().oauth2(token(caller));
    }

    /** The caller's token, signed with this run's key; one per caller, valid for the whole run. */
    public synchronized String token(Caller caller) {
        return callerTokens.computeIfAbsent(caller,
                c -> tokens.token(c.subject, List.of(c.role), c.house, Duration.ofHours(8)));
    }

    /** Rows in a table of a service's database, read as that service's own role (named like the database). */
    public long rowCount(String database, String table) {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + database + "." + table, e);
        }
    }

    public List<ServiceProcess> services() {
        return List.of(guidance, survey, reporting);
    }

    /** Kills reporting-service without a chance to clean up, as a crash would, and starts it again. */
    public void crashAndRestartReporting() {
        reporting.kill();
        reporting.start();
        reporting.awaitReady(READY_TIMEOUT);
    }

    @Override
    public void close() {
        try {
            synchronized (replicas) {
                replicas.forEach(ServiceProcess::close);
            }
            reporting.close();
            survey.close();
            guidance.close();
            broker.close();
            postgres.close();
        } finally {
            secrets.close();
            deleteQuietly(workDir);
        }
    }

    /** The logs and whatever the processes left: the README promises a directory deleted afterwards. */
    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory(Path.of("/tmp"), "erhvervshus-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
