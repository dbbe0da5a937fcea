package dk.erhvervshus.stack;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A throw-away PostgreSQL and Kafka broker on free ports, and a JWT key pair, for a test or a
 * benchmark that must not touch a local run: started side by side (initdb and pg_ctl wait on disk,
 * the broker on its JVM, so they barely compete), stopped with the JVM that started them, their data
 * directories deleted afterwards ({@link Lifecycle#EPHEMERAL}). Secured as every stack is: the
 * broker with SASL and ACLs, PostgreSQL with a role per service that {@code prepare} creates.
 *
 * @param secrets the caller's, who closes them after this
 */
public record PrivateInfra(PostgresServer postgres, KafkaBroker broker, JwtKeys keys, Secrets secrets)
        implements AutoCloseable {

    /**
     * Starts both and generates the keys; if any part fails, whatever did come up is stopped and the
     * failure thrown.
     *
     * @param logDir  where {@code postgres.log} and {@code kafka.log} go; null: no log files
     * @param prepare run on the new server before this returns, e.g. to create the service databases
     */
    public static PrivateInfra start(Path pgDir, Path kafkaDir, Path logDir, Secrets secrets,
                                     Consumer<PostgresServer> prepare) {
        int pgPort = Ports.free();
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(pgDir, pgPort, Lifecycle.EPHEMERAL, log(logDir, "postgres.log"),
                    secrets);
            prepare.accept(server);
            return server;
        });
        KafkaBroker kafkaBroker = KafkaBroker.create(kafkaDir, Ports.free(), Ports.free(), Lifecycle.EPHEMERAL,
                log(logDir, "kafka.log"), secrets);
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(kafkaBroker::start);
        CompletableFuture<JwtKeys> keys = CompletableFuture.supplyAsync(() -> JwtKeys.loadOrGenerate(secrets));
        try {
            return new PrivateInfra(pg.join(), kafka.join(), keys.join(), secrets);
        } catch (CompletionException e) {
            // Whichever part did come up must not outlive the failed start, nor its directory.
            pg.thenAccept(PostgresServer::close);
            kafka.whenComplete((started, failure) -> kafkaBroker.close());
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Path log(Path logDir, String name) {
        return logDir == null ? null : logDir.resolve(name);
    }

    /** The broker first, then PostgreSQL; services that use them are stopped before. */
    @Override
    public void close() {
        try {
            broker.close();
        } finally {
            postgres.close();
        }
    }
}
