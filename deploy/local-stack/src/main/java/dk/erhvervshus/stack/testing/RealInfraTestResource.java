package dk.erhvervshus.stack.testing;

import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.KafkaAccess;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.PrivateInfra;
import dk.erhvervshus.stack.Secrets;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real PostgreSQL and a real Kafka broker for a {@code @QuarkusTest}, instead of Dev Services
 * (which need Docker), secured as the local run is: the application connects to its database as
 * its own role with a password and to the broker as its own SCRAM user, and verifies JWTs against
 * a key pair generated for this run ({@link #tokens()} signs real tokens with it). Both servers run
 * as child processes on free loopback ports in fresh directories under /tmp, and are stopped and
 * deleted afterwards, together with the secrets, also when the test JVM is killed.
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

    /** Init arg naming the database to create, and its role; defaults to {@value #DEFAULT_DATABASE}. */
    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "app";
    /**
     * Init arg naming the Kafka user the application connects as; defaults to the service of the
     * database (guidance → guidance-service, survey → survey-service, reporting →
     * reporting-service), else admin.
     */
    public static final String KAFKA_USER_ARG = "kafka-user";

    private static final Map<String, String> SERVICE_USERS = Map.of(
            "guidance", KafkaAccess.GUIDANCE_SERVICE,
            "survey", KafkaAccess.SURVEY_SERVICE,
            "reporting", KafkaAccess.REPORTING_SERVICE);

    private String database = DEFAULT_DATABASE;
    private String kafkaUser = KafkaAccess.ADMIN;
    private Secrets secrets;
    private PostgresServer postgres;
    private KafkaBroker broker;

    /** The broker of the most recently started resource: stop()/start() it to simulate an outage. */
    public static KafkaBroker broker() {
        return RealInfra.broker();
    }

    /** The PostgreSQL server of the most recently started resource. */
    public static PostgresServer postgres() {
        return RealInfra.postgres();
    }

    /** Signs tokens the application under test accepts (issuer, audience and key of this resource). */
    public static JwtIssuer tokens() {
        return RealInfra.tokens();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
        kafkaUser = initArgs.getOrDefault(KAFKA_USER_ARG, SERVICE_USERS.getOrDefault(database, KafkaAccess.ADMIN));
    }

    @Override
    public Map<String, String> start() {
        secrets = Secrets.temporary();
        String rolePassword = secrets.password("postgres-" + database);
        PrivateInfra infra;
        try {
            infra = PrivateInfra.start(tempDir("erhvervshus-pg-"), tempDir("erhvervshus-kafka-"), null, secrets,
                    server -> server.createServiceDatabase(database, database, rolePassword));
        } catch (RuntimeException e) {
            secrets.close();
            throw e;
        }
        postgres = infra.postgres();
        broker = infra.broker();
        JwtKeys jwtKeys = infra.keys();
        RealInfra.started(postgres, broker, new JwtIssuer(jwtKeys));

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", rolePassword);
        broker.clientProperties(kafkaUser).forEach((key, value) -> config.put("kafka." + key, value));
        config.put("mp.jwt.verify.publickey.location", jwtKeys.verifyKeyFile().toString());
        config.put("mp.jwt.verify.issuer", JwtIssuer.ISSUER);
        config.put("mp.jwt.verify.audiences", JwtIssuer.AUDIENCE);
        config.put("quarkus.devservices.enabled", "false");
        return config;
    }

    @Override
    public void stop() {
        try {
            if (broker != null) {
                broker.close();
            }
        } finally {
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } finally {
                if (secrets != null) {
                    secrets.close();
                }
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
}
