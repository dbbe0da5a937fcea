package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One poll's records, or parked records to replay, decoded with the code running now (so a fixed
 * decoder, or an upcaster, is what a replay reads them with). Bytes that are not an event of the
 * contract are parked here, so a bad record never stops the records behind it. {@code nextOffsets}
 * is what a poll's transaction stores as the consumed position of each partition; a replay stores
 * none, it moves no position.
 */
public record DecodedBatch(List<DecodedEvent> events, List<ParkedRecord> malformed, Map<TopicPartition, Long> nextOffsets,
                           boolean replay) {

    /** A poll's records, in the order the broker gave them. */
    public static DecodedBatch decode(List<ConsumedRecord> records) {
        return decode(records, false);
    }

    /** Parked records, in the order they are to be applied (per stream by version). */
    public static DecodedBatch replayOf(List<ConsumedRecord> records) {
        return decode(records, true);
    }

    private static DecodedBatch decode(List<ConsumedRecord> records, boolean replay) {
        List<DecodedEvent> events = new ArrayList<>(records.size());
        List<ParkedRecord> malformed = new ArrayList<>();
        Map<TopicPartition, Long> nextOffsets = new LinkedHashMap<>();
        for (ConsumedRecord record : records) {
            if (!replay) {
                nextOffsets.merge(record.topicPartition(), record.offset() + 1, Math::max);
            }
            if (record.value() == null) {
                malformed.add(ParkedRecord.malformed(record, "record has no value"));
                continue;
            }
            try {
                events.add(new DecodedEvent(record, EventCodec.fromBytes(record.value())));
            } catch (EventCodec.MalformedEventException e) {
                malformed.add(ParkedRecord.malformed(record, e.getMessage()));
            }
        }
        return new DecodedBatch(events, malformed, nextOffsets, replay);
    }

    /** Every record of the batch, decoded or not. */
    public int size() {
        return events.size() + malformed.size();
    }

    /** The courses the batch touches, whose current rows the projection needs first. */
    public Set<String> courseIds() {
        return courseIds(events);
    }

    public static Set<String> courseIds(Collection<DecodedEvent> events) {
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
        return referralKeys(events);
    }

    public static Set<PerHouseId> referralKeys(Collection<DecodedEvent> events) {
        Set<PerHouseId> keys = new LinkedHashSet<>();
        for (DecodedEvent event : events) {
            if (event.envelope().payload() instanceof ReferralEvent referral) {
                keys.add(new PerHouseId(event.envelope().house(), referral.referralId()));
            }
        }
        return keys;
    }

    /** The streams (aggregate ids) of these events, whose last applied versions the projection needs first. */
    public static Set<String> streams(Collection<DecodedEvent> events) {
        Set<String> streams = new LinkedHashSet<>();
        events.forEach(event -> streams.add(event.envelope().aggregateId()));
        return streams;
    }
}
