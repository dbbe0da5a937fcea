import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A private stack for benchmarks: PostgreSQL, a Kafka broker and survey-service on free ports, with
 * their data under a state dir of its own, so a local run (deploy/local/start: 5433, 9092, 8082) is
 * never touched. Secured as the local run is: survey-service connects as its own database role and
 * Kafka user, with passwords from a throw-away secrets directory, and verifies JWTs with a key pair
 * generated there. Run on the local-stack jar's classpath (a single-file program, Java 17):
 *
 * <pre>java -cp deploy/local-stack/target/local-stack-*.jar bench/BenchStack.java STATE_DIR SURVEY_JAR</pre>
 *
 * Writes the service's base URL to STATE_DIR/survey-url once it is ready, then runs until it is
 * stopped (SIGTERM, Ctrl-C): the service, the broker and PostgreSQL stop with it and their data is
 * deleted. A SIGKILL is covered too: local-stack's watchdogs stop the children of a killed JVM.
 */
public final class BenchStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchStack STATE_DIR SURVEY_QUARKUS_RUN_JAR");
            System.exit(2);
        }
        Path stateDir = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(stateDir);
        Path urlFile = stateDir.resolve("survey-url");
        Files.deleteIfExists(urlFile);

        // EPHEMERAL: stopped with this JVM and their data directories deleted afterwards; so are the secrets.
        Secrets secrets = Secrets.temporary();
        String rolePassword = secrets.password("postgres-survey");
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(stateDir.resolve("postgres"), Ports.free(), Lifecycle.EPHEMERAL,
                    stateDir.resolve("postgres.log"), secrets);
            server.createServiceDatabase("survey", "survey", rolePassword);
            return server;
        });
        KafkaBroker broker = KafkaBroker.create(stateDir.resolve("kafka"), Ports.free(), Ports.free(),
                Lifecycle.EPHEMERAL, stateDir.resolve("kafka.log"), secrets);
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(broker::start);
        PostgresServer postgres = pg.join();
        kafka.join();
        System.out.println("postgres on " + postgres.port() + ", kafka on " + broker.bootstrapServers());

        ServiceProcess survey = ServiceProcess.builder("survey-service", jar)
                .port(Ports.free())
                .database(postgres, "survey", "survey", rolePassword)
                .kafka(broker, "survey-service")
                .jwt(JwtKeys.loadOrGenerate(secrets))
                .config("quarkus.devservices.enabled", "false")
                .logFile(stateDir.resolve("survey-service.log"))
                .lifecycle(Lifecycle.ATTACHED)
                .build();
        // The service first, so it does not log a storm of errors while Kafka and PostgreSQL go away.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            survey.close();
            broker.close();
            postgres.close();
            secrets.close();
        }, "bench-stack-stop"));

        survey.start().awaitReady(READY_TIMEOUT);
        Files.writeString(urlFile, survey.baseUrl());
        System.out.println("survey-service ready at " + survey.baseUrl() + " (log " + survey.logFile() + ")");
        Thread.currentThread().join();
    }
}
