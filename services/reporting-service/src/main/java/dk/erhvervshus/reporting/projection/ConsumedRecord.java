package dk.erhvervshus.reporting.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * A Kafka record as polled (or as a parked record keeps it), before decoding; its coordinates are
 * what a parked record is stored under.
 */
public record ConsumedRecord(String topic, int partition, long offset, String key, byte[] value) {

    public static ConsumedRecord of(ConsumerRecord<String, byte[]> record) {
        return new ConsumedRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value());
    }

    public RecordId id() {
        return new RecordId(topic, partition, offset);
    }

    public TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }
}
