package dk.erhvervshus.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production manifest ({@code deploy/production/kafka.yaml}) says in Strimzi's words what
 * {@link KafkaAccess} says for the local stack: the same topics, partitions, retention and grants,
 * with a real cluster's replication. Whoever changes one and forgets the other fails here.
 */
class ProductionKafkaManifestTest {

    private static final Path MANIFEST = Path.of("..", "production", "kafka.yaml");

    @Test
    void the_production_topics_are_the_stacks_with_three_replicas_and_two_in_sync() throws IOException {
        List<JsonNode> topics = resources("KafkaTopic");

        assertThat(topics).extracting(topic -> topic.at("/metadata/name").asText())
                .containsExactlyElementsOf(KafkaAccess.TOPICS.stream().map(KafkaAccess.Topic::name).toList());
        for (KafkaAccess.Topic expected : KafkaAccess.TOPICS) {
            JsonNode spec = topics.stream().filter(t -> t.at("/metadata/name").asText().equals(expected.name()))
                    .findFirst().orElseThrow().get("spec");
            assertThat(spec.get("partitions").asInt()).as(expected.name()).isEqualTo(expected.partitions());
            assertThat(spec.at("/config/retention.ms").asText()).as(expected.name()).isEqualTo(expected.retentionMs());
            assertThat(spec.get("replicas").asInt()).as(expected.name()).isEqualTo(3);
            assertThat(spec.at("/config/min.insync.replicas").asInt()).as(expected.name()).isEqualTo(2);
        }
    }

    @Test
    void the_production_users_hold_exactly_the_stacks_grants() throws IOException {
        List<String> granted = new ArrayList<>();
        for (JsonNode user : resources("KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            assertThat(user.at("/spec/authentication/type").asText()).as(name).isEqualTo("scram-sha-512");
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                String resource = switch (acl.at("/resource/type").asText() + "/" + acl.at("/resource/patternType").asText()) {
                    case "topic/literal" -> "TOPIC";
                    case "group/prefix" -> "GROUP_PREFIX";
                    default -> "unexpected " + acl.get("resource");
                };
                for (JsonNode operation : acl.get("operations")) {
                    granted.add(name + " " + operation.asText().toUpperCase(Locale.ROOT) + " " + resource + " "
                            + acl.at("/resource/name").asText());
                }
            }
        }

        assertThat(granted).containsExactlyInAnyOrderElementsOf(
                KafkaAccess.GRANTS.stream().map(KafkaAccess.Grant::toString).toList());
    }

    private static List<JsonNode> resources(String kind) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> found = new ArrayList<>();
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(Files.readString(MANIFEST))) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (kind.equals(document.path("kind").asText())) {
                    found.add(document);
                }
            }
        }
        return found;
    }
}
