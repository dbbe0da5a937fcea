package dk.erhvervshus.stack.testing;

import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Real PostgreSQL and a real Kafka broker for a {@code @QuarkusTest}, instead of Dev Services
 * (which need Docker). Both run as child processes on free loopback ports in fresh directories
 * under /tmp, and are stopped and deleted afterwards, also when the test JVM is killed.
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(value = RealInfraTestResource.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = "guidance"))
 * class SomeTest { ... }
 * </pre>
 *
 * Quarkus starts one instance per distinct (class, initArgs) and shares it between test classes
 * that declare the same, so one PostgreSQL and one broker usually serve a whole module.
 */
public class RealInfraTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the database to create; defaults to {@value #DEFAULT_DATABASE}. */
    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "app";

    private static volatile PostgresServer currentPostgres;
    private static volatile KafkaBroker currentBroker;

    private String database = DEFAULT_DATABASE;
    private PostgresServer postgres;
    private KafkaBroker broker;

    /** The broker of the most recently started resource: stop()/start() it to simulate an outage. */
    public static KafkaBroker broker() {
        return requireStarted(currentBroker);
    }

    /** The PostgreSQL server of the most recently started resource. */
    public static PostgresServer postgres() {
        return requireStarted(currentPostgres);
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        Path pgDir = tempDir("erhvervshus-pg-");
        Path kafkaDir = tempDir("erhvervshus-kafka-");
        int pgPort = Ports.free();
        int brokerPort = Ports.free();
        int controllerPort = Ports.free();
        // Both take seconds and barely compete: initdb and pg_ctl wait on disk, the broker on its JVM.
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(pgDir, pgPort, Lifecycle.EPHEMERAL, null);
            server.createDatabaseIfMissing(database);
            return server;
        });
        KafkaBroker kafkaBroker = KafkaBroker.create(kafkaDir, brokerPort, controllerPort, Lifecycle.EPHEMERAL, null);
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(kafkaBroker::start);
        try {
            postgres = pg.join();
            broker = kafka.join();
        } catch (CompletionException e) {
            // Whichever half did come up must not outlive the failed start, nor its directory.
            pg.thenAccept(PostgresServer::close);
            kafka.whenComplete((started, failure) -> kafkaBroker.close());
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        currentPostgres = postgres;
        currentBroker = broker;
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        try {
            if (broker != null) {
                broker.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static Path tempDir(String prefix) {
        try {
            // /tmp, not java.io.tmpdir: the postgres user must be able to reach the data directory.
            return Files.createTempDirectory(Path.of("/tmp"), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory under /tmp", e);
        }
    }

    private static <T> T requireStarted(T value) {
        if (value == null) {
            throw new IllegalStateException("RealInfraTestResource has not been started");
        }
        return value;
    }
}
