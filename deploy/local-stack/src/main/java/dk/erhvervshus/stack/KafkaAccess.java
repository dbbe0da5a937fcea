package dk.erhvervshus.stack;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may do what on the broker: the one table of users, topics and ACLs (deploy/README.md copies
 * it). Plain data, no Kafka types, so that callers without Kafka jars can ask it which user
 * produces a topic; {@link KafkaAccessSetup} turns it into topics and ACL bindings on the broker.
 *
 * <p>Everything not granted here is denied ({@code allow.everyone.if.no.acl.found=false}). The
 * idempotent producers of the write services need no IDEMPOTENT_WRITE on the cluster: since Kafka
 * 3.0 (KIP-679) WRITE on a topic is enough to get a producer id.
 */
public final class KafkaAccess {

    /** Super user: the broker's own inter-broker traffic, topic and ACL setup, test tooling that inspects topics. */
    public static final String ADMIN = "admin";
    /** Super user of the controller listener (SASL/PLAIN), used only by the broker towards its own controller. */
    public static final String CONTROLLER = "controller";
    public static final String GUIDANCE_SERVICE = "guidance-service";
    public static final String SURVEY_SERVICE = "survey-service";
    public static final String REPORTING_SERVICE = "reporting-service";

    // As contracts-api's Topics; local-stack depends on nothing, so the names are repeated here.
    public static final String GUIDANCE_EVENTS = "guidance-events";
    public static final String SURVEY_EVENTS = "survey-events";

    /**
     * A topic the stack creates (auto-creation is off), with the settings it must have. A real
     * cluster keeps the name, partitions and retention and sets replication 3 and
     * {@code min.insync.replicas} 2 ({@code deploy/production/kafka-topics.yaml}, checked against this
     * table by a test).
     */
    public record Topic(String name, int partitions, short replicationFactor, String retentionMs,
                        String minInsyncReplicas) {

        /** The topic-level settings, applied on creation and re-applied to a topic that exists. */
        public Map<String, String> configs() {
            return Map.of("retention.ms", retentionMs, "min.insync.replicas", minInsyncReplicas);
        }
    }

    /**
     * Both are the projection's replay source: a rebuilt read model reads them from offset 0, so
     * they never expire ({@code retention.ms=-1}). One broker here: one replica, one in sync.
     */
    public static final List<Topic> TOPICS = List.of(
            new Topic(GUIDANCE_EVENTS, 6, (short) 1, "-1", "1"),
            new Topic(SURVEY_EVENTS, 6, (short) 1, "-1", "1"));

    public enum Operation { READ, WRITE, DESCRIBE }

    /** TOPIC: a topic by its literal name; GROUP_PREFIX: every consumer group whose id starts with the name. */
    public enum Resource { TOPIC, GROUP_PREFIX }

    /** ALLOW {@code operation} on {@code resource name} for {@code User:user}, from any host. */
    public record Grant(String user, Operation operation, Resource resource, String name) {
        @Override
        public String toString() {
            return user + " " + operation + " " + resource + " " + name;
        }
    }

    public static final List<Grant> GRANTS = List.of(
            new Grant(GUIDANCE_SERVICE, Operation.WRITE, Resource.TOPIC, GUIDANCE_EVENTS),
            new Grant(GUIDANCE_SERVICE, Operation.DESCRIBE, Resource.TOPIC, GUIDANCE_EVENTS),
            new Grant(SURVEY_SERVICE, Operation.WRITE, Resource.TOPIC, SURVEY_EVENTS),
            new Grant(SURVEY_SERVICE, Operation.DESCRIBE, Resource.TOPIC, SURVEY_EVENTS),
            new Grant(REPORTING_SERVICE, Operation.READ, Resource.TOPIC, GUIDANCE_EVENTS),
            new Grant(REPORTING_SERVICE, Operation.DESCRIBE, Resource.TOPIC, GUIDANCE_EVENTS),
            new Grant(REPORTING_SERVICE, Operation.READ, Resource.TOPIC, SURVEY_EVENTS),
            new Grant(REPORTING_SERVICE, Operation.DESCRIBE, Resource.TOPIC, SURVEY_EVENTS),
            new Grant(REPORTING_SERVICE, Operation.READ, Resource.GROUP_PREFIX, REPORTING_SERVICE));

    /** Users with a SCRAM-SHA-512 credential: the admin and one per service. */
    public static final List<String> SCRAM_USERS = List.of(ADMIN, GUIDANCE_SERVICE, SURVEY_SERVICE, REPORTING_SERVICE);

    private KafkaAccess() {
    }

    /** The service user that writes the topic (the only one allowed to). */
    public static String producerOf(String topic) {
        return GRANTS.stream()
                .filter(g -> g.operation() == Operation.WRITE && g.resource() == Resource.TOPIC && g.name().equals(topic))
                .map(Grant::user).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody produces to " + topic));
    }

    /** Name of a user's password in the {@link Secrets} store. */
    public static String secretName(String user) {
        if (!SCRAM_USERS.contains(user) && !user.equals(CONTROLLER)) {
            throw new IllegalArgumentException("not a Kafka user of the stack: " + user
                    + " (users: " + String.join(", ", SCRAM_USERS) + ")");
        }
        return "kafka-" + user;
    }

    /** Changes whenever the table does, so a broker set up by an older table is set up again. */
    static String fingerprint() {
        return Stream.concat(TOPICS.stream().map(Topic::toString), GRANTS.stream().map(Grant::toString))
                .collect(Collectors.joining("\n"));
    }
}
