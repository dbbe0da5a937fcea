package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void a_stopped_broker_comes_back_on_the_same_data_directory() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "kafka-test-");
        int port = Ports.free();
        KafkaBroker broker = KafkaBroker.create(dir, port, Ports.free(), Lifecycle.EPHEMERAL, null);

        try (broker) {
            broker.start();
            assertThat(Ports.isListening(port)).isTrue();
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(Files.readString(broker.logFile())).contains(KafkaBroker.STARTED_LINE);
            assertThat(dir.resolve("kraft/meta.properties")).exists();
            String clusterId = Files.readString(dir.resolve("kraft/meta.properties"));

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThat(Ports.isListening(port)).isFalse();

            broker.start();
            assertThat(Ports.isListening(port)).isTrue();
            assertThat(Files.readString(dir.resolve("kraft/meta.properties")))
                    .as("restart reuses the formatted storage")
                    .isEqualTo(clusterId);
            assertThat(ProcessControl.fromPidFile(broker.pidFile(), KafkaBroker.MAIN_CLASS)).isPresent();
        }

        assertThat(dir).doesNotExist();
    }
}
