package dk.erhvervshus.reporting.projection;

import java.util.Optional;

/**
 * Where a record sits on the broker, which is also how a parked record is named in the operations
 * API: {@code guidance-events:3:1207} (topic, partition, offset; topic names hold no colon).
 */
public record RecordId(String topic, int partition, long offset) {

    /** The id as the API spells it, or empty when the text is not of that form. */
    public static Optional<RecordId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int lastColon = text.lastIndexOf(':');
        int partitionColon = lastColon <= 0 ? -1 : text.lastIndexOf(':', lastColon - 1);
        if (partitionColon <= 0) {
            return Optional.empty();
        }
        try {
            int partition = Integer.parseInt(text.substring(partitionColon + 1, lastColon));
            long offset = Long.parseLong(text.substring(lastColon + 1));
            String topic = text.substring(0, partitionColon);
            if (partition < 0 || offset < 0 || topic.contains(":")) {
                return Optional.empty();
            }
            return Optional.of(new RecordId(topic, partition, offset));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return topic + ":" + partition + ":" + offset;
    }
}
