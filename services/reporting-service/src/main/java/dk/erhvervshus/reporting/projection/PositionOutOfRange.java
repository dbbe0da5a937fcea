package dk.erhvervshus.reporting.projection;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A partition whose stored position the broker does not have: before its log start (the records in
 * between were deleted: retention, {@code deleteRecords}, a recreated topic) or after its end (the
 * topic was recreated, or the position belongs to another cluster). The consumer stops instead of
 * jumping, because either jump would silently skip events or count them again. A partition without
 * a stored position is read from offset 0, so a log that no longer starts there is out of range too.
 *
 * @param stored   the stored next offset, or null when none is stored
 * @param logStart the broker's first offset, -1 when it could not be asked
 * @param logEnd   the broker's end offset, -1 when it could not be asked
 */
public record PositionOutOfRange(TopicPartition partition, Long stored, long logStart, long logEnd) {

    public static List<PositionOutOfRange> check(Collection<TopicPartition> partitions, Map<TopicPartition, Long> stored,
                                                 Map<TopicPartition, Long> logStarts, Map<TopicPartition, Long> logEnds) {
        List<PositionOutOfRange> outOfRange = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long position = stored.get(partition);
            long next = position == null ? 0 : position;
            long start = logStarts.get(partition);
            long end = logEnds.get(partition);
            if (next < start || next > end) {
                outOfRange.add(new PositionOutOfRange(partition, position, start, end));
            }
        }
        return outOfRange;
    }

    /** For the log and readiness: the partition and both offsets, e.g. {@code guidance-events-3: stored next offset 120, the broker has offsets 150 to 200}. */
    public String describe() {
        String position = stored == null ? "no stored position (would read from offset 0)" : "stored next offset " + stored;
        String broker = logStart < 0 ? "the broker's offsets are unknown"
                : "the broker has offsets " + logStart + " to " + logEnd;
        return partition + ": " + position + ", " + broker;
    }
}
