package dk.erhvervshus.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs in a short child JVM on the broker classpath once the broker is up (see {@link KafkaBroker}):
 * makes the broker's topics and ACLs exactly {@link KafkaAccess}'s, as the admin user. Idempotent:
 * missing topics are created, their retention is set, missing ACLs are added and ACLs the table no
 * longer has are removed. Returns only once the broker serves all of it, so a client started next
 * is never refused by an ACL still on its way. Usage: {@code KafkaAccessSetup ADMIN_CLIENT_PROPERTIES}
 * (mode 0600: it holds the admin's password).
 */
public final class KafkaAccessSetup {

    private static final long TIMEOUT_SECONDS = 60;

    private KafkaAccessSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KafkaAccessSetup ADMIN_CLIENT_PROPERTIES");
            System.exit(2);
        }
        try (Admin admin = Admin.create(load(Path.of(args[0])))) {
            createTopics(admin);
            List<AclBinding> acls = applyAcls(admin);
            awaitVisible(admin, acls);
            System.out.println("topics " + KafkaAccess.TOPICS.stream().map(KafkaAccess.Topic::name).toList()
                    + " and " + acls.size() + " ACLs in place");
        }
        System.exit(0);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.put("default.api.timeout.ms", "30000");
        properties.put("request.timeout.ms", "15000");
        return properties;
    }

    private static void createTopics(Admin admin) throws Exception {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<NewTopic> missing = KafkaAccess.TOPICS.stream()
                .filter(topic -> !existing.contains(topic.name()))
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                        .configs(topic.configs()))
                .toList();
        try {
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        // Also for topics that existed: their settings must be the table's.
        Map<ConfigResource, Collection<AlterConfigOp>> settings = new java.util.HashMap<>();
        for (KafkaAccess.Topic topic : KafkaAccess.TOPICS) {
            settings.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet().stream()
                    .map(config -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()),
                            AlterConfigOp.OpType.SET))
                    .toList());
        }
        admin.incrementalAlterConfigs(settings).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static List<AclBinding> applyAcls(Admin admin) throws Exception {
        List<AclBinding> wanted = KafkaAccess.GRANTS.stream().map(KafkaAccessSetup::binding).toList();
        Collection<AclBinding> present = admin.describeAcls(AclBindingFilter.ANY).values()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<AclBindingFilter> stale = new ArrayList<>();
        for (AclBinding acl : present) {
            if (!wanted.contains(acl)) {
                stale.add(acl.toFilter());
            }
        }
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        admin.createAcls(wanted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return wanted;
    }

    static AclBinding binding(KafkaAccess.Grant grant) {
        ResourcePattern pattern = switch (grant.resource()) {
            case TOPIC -> new ResourcePattern(ResourceType.TOPIC, grant.name(), PatternType.LITERAL);
            case GROUP_PREFIX -> new ResourcePattern(ResourceType.GROUP, grant.name(), PatternType.PREFIXED);
        };
        AclOperation operation = switch (grant.operation()) {
            case READ -> AclOperation.READ;
            case WRITE -> AclOperation.WRITE;
            case DESCRIBE -> AclOperation.DESCRIBE;
        };
        return new AclBinding(pattern, new AccessControlEntry("User:" + grant.user(), "*", operation, AclPermissionType.ALLOW));
    }

    /** Metadata reaches the broker's authorizer and caches a moment after the controller committed it. */
    private static void awaitVisible(Admin admin, List<AclBinding> acls) throws Exception {
        Instant deadline = Instant.now().plusSeconds(TIMEOUT_SECONDS);
        List<String> topics = KafkaAccess.TOPICS.stream().map(KafkaAccess.Topic::name).toList();
        while (true) {
            Set<AclBinding> served = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            boolean topicsServed;
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                topicsServed = described.values().stream().allMatch(d -> d.partitions().stream()
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                topicsServed = false;
            }
            if (served.containsAll(acls) && topicsServed) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("topics or ACLs not served by the broker within " + TIMEOUT_SECONDS + " s");
            }
            Thread.sleep(Duration.ofMillis(50).toMillis());
        }
    }
}
