package dk.erhvervshus.reporting.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A Kafka record as polled, before decoding; its coordinates are what a parked record is stored under. */
public record ConsumedRecord(String topic, int partition, long offset, String key, byte[] value) {

    public static ConsumedRecord of(ConsumerRecord<String, byte[]> record) {
        return new ConsumedRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value());
    }
}
