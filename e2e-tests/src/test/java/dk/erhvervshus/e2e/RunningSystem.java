package dk.erhvervshus.e2e;

import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system as it runs in production, on this machine: a real PostgreSQL, a real Kafka
 * broker and the packaged services, each its own process on free ports. Tests talk to it only
 * through the public APIs.
 */
final class RunningSystem implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    final PostgresServer postgres;
    final KafkaBroker broker;
    final ServiceProcess guidance;
    final ServiceProcess survey;
    final ServiceProcess reporting;
    private final Path workDir;

    private RunningSystem(Path workDir, PostgresServer postgres, KafkaBroker broker) {
        this.workDir = workDir;
        this.postgres = postgres;
        this.broker = broker;
        Path repo = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        this.guidance = service("guidance-service", repo, "guidance");
        this.survey = service("survey-service", repo, "survey");
        this.reporting = service("reporting-service", repo, "reporting");
    }

    static RunningSystem start() {
        Path workDir = tempDir();
        Path pgDir = workDir.resolve("pg");
        int pgPort = Ports.free();
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(pgDir, pgPort, Lifecycle.EPHEMERAL, workDir.resolve("postgres.log"));
            server.createDatabaseIfMissing("guidance");
            server.createDatabaseIfMissing("survey");
            server.createDatabaseIfMissing("reporting");
            return server;
        });
        KafkaBroker broker = KafkaBroker.create(workDir.resolve("kafka"), Ports.free(), Ports.free(),
                Lifecycle.EPHEMERAL, workDir.resolve("kafka.log")).start();
        RunningSystem system = new RunningSystem(workDir, pg.join(), broker);
        system.guidance.start();
        system.survey.start();
        system.reporting.start();
        system.guidance.awaitReady(READY_TIMEOUT);
        system.survey.awaitReady(READY_TIMEOUT);
        system.reporting.awaitReady(READY_TIMEOUT);
        return system;
    }

    private ServiceProcess service(String name, Path repo, String database) {
        Map<String, String> config = Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.devservices.enabled", "false");
        return ServiceProcess.builder(name, ServiceProcess.quarkusRunJar(repo.resolve("services").resolve(name)))
                .port(Ports.free())
                .config(config)
                .logFile(workDir.resolve(name + ".log"))
                .lifecycle(Lifecycle.EPHEMERAL)
                .build();
    }

    /** Kills reporting-service without a chance to clean up, as a crash would, and starts it again. */
    void crashAndRestartReporting() {
        reporting.kill();
        reporting.start();
        reporting.awaitReady(READY_TIMEOUT);
    }

    @Override
    public void close() {
        reporting.close();
        survey.close();
        guidance.close();
        broker.close();
        postgres.close();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory(Path.of("/tmp"), "erhvervshus-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
