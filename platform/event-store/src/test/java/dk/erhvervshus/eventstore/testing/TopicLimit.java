package dk.erhvervshus.eventstore.testing;

import dk.erhvervshus.stack.testing.RealInfra;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Lowers a topic's {@code max.message.bytes} on the broker of the running RealInfraTestResource, as
 * its admin, so that a record of ordinary size is one the broker refuses for good
 * (RecordTooLargeException): a real dead letter. {@link #close()} gives the topic the broker's default
 * again, as raising the limit would in production. Shipped in event-store's test jar.
 */
public final class TopicLimit implements AutoCloseable {

    /**
     * The broker applies a topic's new configuration to its partitions just after it reports it in
     * DescribeConfigs (both follow the same metadata record); this covers the gap.
     */
    private static final Duration TAKES_EFFECT = Duration.ofMillis(500);

    private final String topic;

    private TopicLimit(String topic) {
        this.topic = topic;
    }

    /** Refuses every record batch of {@code topic} over {@code maxMessageBytes} until closed. */
    public static TopicLimit lower(String topic, int maxMessageBytes) {
        change(topic, new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                Integer.toString(maxMessageBytes)), AlterConfigOp.OpType.SET), Integer.toString(maxMessageBytes));
        return new TopicLimit(topic);
    }

    /** The broker's default limit again (the override removed). */
    @Override
    public void close() {
        change(topic, new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""),
                AlterConfigOp.OpType.DELETE), null);
    }

    private static void change(String topic, AlterConfigOp op, String expectedOverride) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Properties properties = new Properties();
        properties.putAll(RealInfra.broker().adminProperties());
        try (Admin admin = Admin.create(properties)) {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(op))).all().get();
            Instant deadline = Instant.now().plusSeconds(30);
            while (!hasOverride(admin, resource, expectedOverride)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the broker did not take " + op + " for " + topic);
                }
                Thread.sleep(50);
            }
            Thread.sleep(TAKES_EFFECT.toMillis());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot change " + topic + "'s max.message.bytes", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasOverride(Admin admin, ConfigResource resource, String expected)
            throws ExecutionException, InterruptedException {
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        boolean overridden = entry != null && entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG;
        return expected == null ? !overridden : overridden && expected.equals(entry.value());
    }
}
