package dk.erhvervshus.reporting.projection;

import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a committed batch did: the records it parked (undecodable, refused, waiting), the parked
 * records a replay resolved (applied, or found applied already), the positions it stored, and per
 * partition the recorded time of the newest event it applied, and the house-years whose goals it
 * marked for derivation.
 */
public record AppliedBatch(
        int records,
        List<ParkedRecord> parked,
        Set<RecordId> resolved,
        Map<TopicPartition, Long> nextOffsets,
        Map<TopicPartition, Instant> newestRecordedAt,
        Set<GoalYear> marks) {
}
