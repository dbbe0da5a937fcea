package dk.erhvervshus.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker as every test and the local run get it: who may produce, consume and create what. */
class KafkaSecurityTest {

    private static Secrets secrets;
    private static KafkaBroker broker;

    @BeforeAll
    static void startASecuredBroker() throws Exception {
        secrets = Secrets.temporary();
        broker = KafkaBroker.create(Files.createTempDirectory(Path.of("/tmp"), "kafka-security-"), Ports.free(),
                Ports.free(), Lifecycle.EPHEMERAL, null, secrets).start();
    }

    @AfterAll
    static void stopTheBroker() {
        if (broker != null) {
            broker.close();
        }
        if (secrets != null) {
            secrets.close();
        }
    }

    @Test
    void a_client_without_credentials_can_neither_produce_nor_consume() throws Exception {
        produce(KafkaAccess.GUIDANCE_SERVICE, KafkaAccess.GUIDANCE_EVENTS, "for-nobody");
        long logOffset = Files.size(broker.logFile());
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", broker.bootstrapServers());
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
        anonymous.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(anonymous, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(KafkaAccess.GUIDANCE_EVENTS, "k", "v")).get())
                    .hasCauseInstanceOf(TimeoutException.class);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(anonymous, new StringDeserializer(), new StringDeserializer())) {
            assertThatThrownBy(() -> consumer.partitionsFor(KafkaAccess.GUIDANCE_EVENTS)).isInstanceOf(TimeoutException.class);
            TopicPartition partition = new TopicPartition(KafkaAccess.GUIDANCE_EVENTS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            assertThat(consumer.poll(Duration.ofSeconds(2))).isEmpty();
        }
        // The broker answers nothing but the SASL handshake, and drops a client that skips it.
        String log = Files.readString(broker.logFile()).substring((int) logOffset);
        assertThat(log).contains("Unexpected Kafka request of type METADATA during SASL handshake");
    }

    @Test
    void an_unknown_user_and_a_wrong_password_are_refused_at_login() {
        for (String jaas : List.of(KafkaBroker.scramJaas("nobody", "any-password"),
                KafkaBroker.scramJaas(KafkaAccess.GUIDANCE_SERVICE, "not-the-password"))) {
            Properties wrong = props(KafkaAccess.GUIDANCE_SERVICE);
            wrong.put("sasl.jaas.config", jaas);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(wrong, new StringSerializer(), new StringSerializer())) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(KafkaAccess.GUIDANCE_EVENTS, "k", "v")).get())
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    @Test
    void only_the_guidance_service_may_produce_to_guidance_events() throws Exception {
        assertThatThrownBy(() -> produce(KafkaAccess.SURVEY_SERVICE, KafkaAccess.GUIDANCE_EVENTS, "from-survey"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);

        String key = "guidance-" + UUID.randomUUID();
        produce(KafkaAccess.GUIDANCE_SERVICE, KafkaAccess.GUIDANCE_EVENTS, key);

        assertThat(readAll(KafkaAccess.ADMIN, "admin-" + UUID.randomUUID(), KafkaAccess.GUIDANCE_EVENTS)).contains(key);
    }

    @Test
    void the_reporting_service_reads_both_topics_in_its_group_but_cannot_produce() throws Exception {
        String guidanceKey = "g-" + UUID.randomUUID();
        String surveyKey = "s-" + UUID.randomUUID();
        produce(KafkaAccess.GUIDANCE_SERVICE, KafkaAccess.GUIDANCE_EVENTS, guidanceKey);
        produce(KafkaAccess.SURVEY_SERVICE, KafkaAccess.SURVEY_EVENTS, surveyKey);

        assertThat(readAll(KafkaAccess.REPORTING_SERVICE, "reporting-service", KafkaAccess.GUIDANCE_EVENTS,
                KafkaAccess.SURVEY_EVENTS)).contains(guidanceKey, surveyKey);

        // Without WRITE on any topic an idempotent producer does not even get a producer id.
        assertThatThrownBy(() -> produce(KafkaAccess.REPORTING_SERVICE, KafkaAccess.GUIDANCE_EVENTS, "from-reporting"))
                .hasCauseInstanceOf(ClusterAuthorizationException.class);
    }

    @Test
    void the_reporting_service_may_use_only_groups_named_after_it() {
        assertThatThrownBy(() -> readAll(KafkaAccess.REPORTING_SERVICE, "someone-else", KafkaAccess.GUIDANCE_EVENTS))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void the_event_topics_exist_with_six_partitions_never_expire_and_name_their_in_sync_minimum() throws Exception {
        try (Admin admin = Admin.create(props(KafkaAccess.ADMIN))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(KafkaAccess.GUIDANCE_EVENTS,
                    KafkaAccess.SURVEY_EVENTS)).allTopicNames().get();
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, KafkaAccess.GUIDANCE_EVENTS),
                    new ConfigResource(ConfigResource.Type.TOPIC, KafkaAccess.SURVEY_EVENTS))).all().get();
            assertThat(configs.values()).allSatisfy(config -> {
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
                assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");
                assertThat(config.get("min.insync.replicas").source()).isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            });
        }
    }

    @Test
    void producing_to_an_unknown_topic_does_not_create_it() throws Exception {
        String topic = "no-such-topic-" + UUID.randomUUID();
        assertThatThrownBy(() -> produce(KafkaAccess.ADMIN, topic, "k")).hasCauseInstanceOf(TimeoutException.class);
        try (Admin admin = Admin.create(props(KafkaAccess.ADMIN))) {
            assertThat(admin.listTopics().names().get()).doesNotContain(topic)
                    .contains(KafkaAccess.GUIDANCE_EVENTS, KafkaAccess.SURVEY_EVENTS);
        }
    }

    @Test
    void every_listener_of_the_broker_is_on_127_0_0_1() {
        List<Listeners.Listener> listeners = Listeners.of(broker.pid());

        assertThat(listeners).extracting(Listeners.Listener::port).contains(broker.port(), broker.controllerPort());
        assertThat(listeners).allSatisfy(l -> assertThat(l.address().getHostAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void no_password_appears_on_the_broker_command_line_or_in_its_log() throws Exception {
        String commandLine = ProcessControl.commandLine(ProcessHandle.of(broker.pid()).orElseThrow());
        String log = Files.readString(broker.logFile());
        for (String user : List.of(KafkaAccess.ADMIN, KafkaAccess.CONTROLLER, KafkaAccess.GUIDANCE_SERVICE,
                KafkaAccess.SURVEY_SERVICE, KafkaAccess.REPORTING_SERVICE)) {
            String password = secrets.password(KafkaAccess.secretName(user));
            assertThat(commandLine).doesNotContain(password);
            assertThat(log).doesNotContain(password);
        }
        assertThat(broker.dataDir().resolve("server.properties")).satisfies(file ->
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PrivateFiles.FILE_MODE));
    }

    private static Properties props(String user) {
        Properties properties = shortTimeouts(new Properties());
        properties.putAll(broker.clientProperties(user));
        return properties;
    }

    /** Every refusal below surfaces within seconds. */
    private static Properties shortTimeouts(Properties properties) {
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return properties;
    }

    /** As the relay produces: idempotent, acks=all. */
    private static void produce(String user, String topic, String key) throws Exception {
        Properties properties = props(user);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "value")).get();
        }
    }

    /** Subscribes in the group, reads until nothing new arrives, commits; the keys it read. */
    private static List<String> readAll(String user, String group, String... topics) {
        Properties properties = props(user);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics));
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(record.key());
                }
                if (!keys.isEmpty() && consumer.assignment().size() == 6 * topics.length) {
                    var more = consumer.poll(Duration.ofMillis(500));
                    if (more.isEmpty()) {
                        break;
                    }
                    more.forEach(r -> keys.add(r.key()));
                }
            }
            consumer.commitSync();
        }
        return keys;
    }
}
