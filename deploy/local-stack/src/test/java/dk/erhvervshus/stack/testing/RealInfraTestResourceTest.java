package dk.erhvervshus.stack.testing;

import dk.erhvervshus.stack.Ports;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the resource the way Quarkus does (init, start, stop), without booting an application. */
class RealInfraTestResourceTest {

    @Test
    void hands_out_working_infrastructure_and_cleans_up_after_itself() {
        RealInfraTestResource resource = new RealInfraTestResource();
        resource.init(Map.of("database", "guidance"));

        Map<String, String> config = resource.start();
        Path pgDir = RealInfraTestResource.postgres().dataDir();
        Path kafkaDir = RealInfraTestResource.broker().dataDir();
        try {
            int pgPort = RealInfraTestResource.postgres().port();
            assertThat(config)
                    .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + pgPort + "/guidance")
                    .containsEntry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + pgPort + "/guidance")
                    .containsEntry("quarkus.datasource.username", "postgres")
                    .containsEntry("kafka.bootstrap.servers", RealInfraTestResource.broker().bootstrapServers())
                    .containsEntry("quarkus.devservices.enabled", "false")
                    .containsKey("quarkus.datasource.password");
            assertThat(RealInfraTestResource.postgres().psql("guidance", "select current_database()"))
                    .isEqualTo("guidance");
            assertThat(Ports.isListening(RealInfraTestResource.broker().port())).isTrue();
        } finally {
            resource.stop();
        }

        assertThat(pgDir).doesNotExist();
        assertThat(kafkaDir).doesNotExist();
    }
}
