package dk.erhvervshus.stack.testing;

import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.Ports;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the resource the way Quarkus does (init, start, stop), without booting an application. */
class RealInfraTestResourceTest {

    @Test
    void hands_out_working_infrastructure_and_cleans_up_after_itself() throws Exception {
        RealInfraTestResource resource = new RealInfraTestResource();
        resource.init(Map.of("database", "guidance"));

        Map<String, String> config = resource.start();
        Path pgDir = RealInfraTestResource.postgres().dataDir();
        Path kafkaDir = RealInfraTestResource.broker().dataDir();
        Path secretsDir = Path.of(config.get("mp.jwt.verify.publickey.location")).getParent();
        try {
            int pgPort = RealInfraTestResource.postgres().port();
            assertThat(config)
                    .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + pgPort + "/guidance")
                    .containsEntry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + pgPort + "/guidance")
                    .containsEntry("quarkus.datasource.username", "guidance")
                    .containsEntry("kafka.bootstrap.servers", RealInfraTestResource.broker().bootstrapServers())
                    .containsEntry("kafka.security.protocol", "SASL_PLAINTEXT")
                    .containsEntry("kafka.sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("kafka.sasl.jaas.config", RealInfraTestResource.broker()
                            .clientProperties("guidance-service").get("sasl.jaas.config"))
                    .containsEntry("mp.jwt.verify.issuer", JwtIssuer.ISSUER)
                    .containsEntry("mp.jwt.verify.audiences", JwtIssuer.AUDIENCE)
                    .containsEntry("quarkus.devservices.enabled", "false");
            assertThat(config.get("quarkus.datasource.password")).hasSizeGreaterThanOrEqualTo(32);
            Path verifyKey = Path.of(config.get("mp.jwt.verify.publickey.location"));
            assertThat(Files.readString(verifyKey)).startsWith("-----BEGIN PUBLIC KEY-----");
            assertThat(RealInfraTestResource.tokens().token("national", null)).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            assertThat(RealInfraTestResource.postgres().psql("guidance", "select current_database()"))
                    .isEqualTo("guidance");
            assertThat(Ports.isListening(RealInfraTestResource.broker().port())).isTrue();
        } finally {
            resource.stop();
        }

        assertThat(pgDir).doesNotExist();
        assertThat(kafkaDir).doesNotExist();
        assertThat(secretsDir).doesNotExist();
    }
}
