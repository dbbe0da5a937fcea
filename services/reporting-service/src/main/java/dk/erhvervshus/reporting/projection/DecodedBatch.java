package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One poll's records, decoded. Bytes that are not an event of the contract are parked here, so a
 * bad record never stops the records behind it. {@code nextOffsets} is what the batch's transaction
 * stores as the consumed position of each partition.
 */
public record DecodedBatch(List<DecodedEvent> events, List<ParkedRecord> malformed, Map<TopicPartition, Long> nextOffsets) {

    public static DecodedBatch decode(List<ConsumedRecord> records) {
        List<DecodedEvent> events = new ArrayList<>(records.size());
        List<ParkedRecord> malformed = new ArrayList<>();
        Map<TopicPartition, Long> nextOffsets = new LinkedHashMap<>();
        for (ConsumedRecord record : records) {
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            if (record.value() == null) {
                malformed.add(new ParkedRecord(record, "record has no value"));
                continue;
            }
            try {
                events.add(new DecodedEvent(record, EventCodec.fromBytes(record.value())));
            } catch (EventCodec.MalformedEventException e) {
                malformed.add(new ParkedRecord(record, e.getMessage()));
            }
        }
        return new DecodedBatch(events, malformed, nextOffsets);
    }

    /** The courses the batch touches, whose current rows the projection needs first. */
    public Set<String> courseIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (DecodedEvent event : events) {
            if (event.envelope().payload() instanceof GuidanceEvent guidance) {
                ids.add(guidance.courseId());
            }
        }
        return ids;
    }

    /**
     * The referrals the batch touches, whose current rows the projection needs first: by house (the
     * envelope's, as an outcome names none) and referral id.
     */
    public Set<PerHouseId> referralKeys() {
        Set<PerHouseId> keys = new LinkedHashSet<>();
        for (DecodedEvent event : events) {
            if (event.envelope().payload() instanceof ReferralEvent referral) {
                keys.add(new PerHouseId(event.envelope().house(), referral.referralId()));
            }
        }
        return keys;
    }
}
