import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import dk.erhvervshus.stack.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A private stack for benchmarks: PostgreSQL, a Kafka broker and survey-service on free ports, with
 * their data under a state dir of its own, so a local run (deploy/local/start: 5433, 9092, 8082) is
 * never touched. Secured as the local run is: survey-service connects as its own database role and
 * Kafka user, with passwords from a throw-away secrets directory, and verifies JWTs with a key pair
 * generated there. Run on the local-stack jar's classpath (a single-file program, Java 17):
 *
 * <pre>java -cp deploy/local-stack/target/local-stack-*.jar bench/BenchStack.java STATE_DIR SURVEY_JAR</pre>
 *
 * Once the service is ready it writes the bench client's bearer token (role {@code survey-feed}, no
 * house claim: Erhvervsstyrelsen's national feed, subject {@code bench-survey-feed}) to
 * STATE_DIR/tokens/survey-feed (directory 0700, file 0600: a token is a credential and is never put on
 * a command line), then the service's base URL to STATE_DIR/survey-url, and runs until it is stopped
 * (SIGTERM, Ctrl-C): the service, the broker and PostgreSQL stop with it, their data and the token file
 * are deleted. A SIGKILL is covered too: local-stack's watchdogs stop the children of a killed JVM.
 */
public final class BenchStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration TOKEN_TTL = Duration.ofHours(12);

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
        Secrets clientTokens = Secrets.in(stateDir.resolve("tokens"));

        // EPHEMERAL: stopped with this JVM and their data directories deleted afterwards; so are the secrets.
        Secrets secrets = Secrets.temporary();
        String rolePassword = secrets.password("postgres-survey");
        PrivateInfra infra = PrivateInfra.start(stateDir.resolve("postgres"), stateDir.resolve("kafka"), stateDir, secrets,
                server -> server.createServiceDatabase("survey", "survey", rolePassword));
        PostgresServer postgres = infra.postgres();
        KafkaBroker broker = infra.broker();
        System.out.println("postgres on " + postgres.port() + ", kafka on " + broker.bootstrapServers());

        JwtKeys keys = infra.keys();
        ServiceProcess survey = ServiceProcess.builder("survey-service", jar)
                .port(Ports.free())
                .database(postgres, "survey", "survey", rolePassword)
                .kafka(broker, "survey-service")
                .jwt(keys)
                .config("quarkus.devservices.enabled", "false")
                .logFile(stateDir.resolve("survey-service.log"))
                .lifecycle(Lifecycle.ATTACHED)
                .build();
        // The service first, so it does not log a storm of errors while Kafka and PostgreSQL go away.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            survey.close();
            infra.close();
            secrets.close();
            deleteQuietly(clientTokens.file("survey-feed"));
        }, "bench-stack-stop"));

        survey.start().awaitReady(READY_TIMEOUT);
        clientTokens.write("survey-feed", new JwtIssuer(keys).token("bench-survey-feed", List.of("survey-feed"), null, TOKEN_TTL));
        Files.writeString(urlFile, survey.baseUrl());
        System.out.println("survey-service ready at " + survey.baseUrl() + " (log " + survey.logFile() + ")");
        Thread.currentThread().join();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + file + ": " + e.getMessage());
        }
    }
}
