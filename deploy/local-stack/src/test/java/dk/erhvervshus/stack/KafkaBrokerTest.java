package dk.erhvervshus.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaBrokerTest {

    @Test
    void a_stopped_broker_comes_back_on_the_same_data_directory_with_its_users_topics_and_acls() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "kafka-test-");
        int port = Ports.free();

        try (Secrets secrets = Secrets.temporary();
             KafkaBroker broker = KafkaBroker.create(dir, port, Ports.free(), Lifecycle.EPHEMERAL, null, secrets)) {
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
            try (Admin admin = Admin.create(new HashMap<String, Object>(broker.adminProperties()))) {
                assertThat(admin.listTopics().names().get()).contains(KafkaAccess.GUIDANCE_EVENTS, KafkaAccess.SURVEY_EVENTS);
                assertThat(admin.describeAcls(org.apache.kafka.common.acl.AclBindingFilter.ANY).values().get())
                        .hasSize(KafkaAccess.GRANTS.size());
            }
            Properties guidance = new Properties();
            guidance.putAll(broker.clientProperties(KafkaAccess.GUIDANCE_SERVICE));
            guidance.put("max.block.ms", "10000");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(guidance, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(KafkaAccess.GUIDANCE_EVENTS, "after-restart", "v")).get();
            }
        }

        assertThat(dir).doesNotExist();
    }

    @Test
    void storage_formatted_before_the_broker_had_users_is_refused_with_a_way_out() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "kafka-old-");
        Files.createDirectories(dir.resolve("kraft"));
        Files.writeString(dir.resolve("kraft/meta.properties"), "version=1\n");

        try (Secrets secrets = Secrets.temporary();
             KafkaBroker broker = KafkaBroker.create(dir, Ports.free(), Ports.free(), Lifecycle.EPHEMERAL, null, secrets)) {
            assertThat(KafkaBroker.isFormattedWithoutUsers(dir)).isTrue();
            assertThatThrownBy(broker::start).hasMessageContaining("deploy/local/start --fresh");
        }
    }
}
