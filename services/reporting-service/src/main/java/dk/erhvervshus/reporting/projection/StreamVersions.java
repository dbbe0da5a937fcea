package dk.erhvervshus.reporting.projection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last version applied to each stream a batch touches (from {@code stream_versions}), and the
 * rule that keeps every stream in order: an event is applied only if it is the next version of its
 * stream. One at or below the last is a redelivery and changes nothing; one above the next would
 * leave a gap (the next version is parked, or never arrived), so it waits for it, parked. Parking
 * an event leaves its stream's version where it was, so everything after it waits too.
 */
public final class StreamVersions {

    public enum Admission {
        APPLY,
        DUPLICATE,
        GAP
    }

    private final Map<String, Long> last;
    private final Map<String, Long> advanced = new LinkedHashMap<>();

    public StreamVersions(Map<String, Long> stored) {
        this.last = new HashMap<>(stored);
    }

    public static StreamVersions none() {
        return new StreamVersions(Map.of());
    }

    public Admission admit(String stream, long version) {
        long lastApplied = last.getOrDefault(stream, 0L);
        if (version <= lastApplied) {
            return Admission.DUPLICATE;
        }
        return version == lastApplied + 1 ? Admission.APPLY : Admission.GAP;
    }

    /** The version the stream needs next: 1 for a stream not seen before. */
    public long nextVersion(String stream) {
        return last.getOrDefault(stream, 0L) + 1;
    }

    public void applied(String stream, long version) {
        last.put(stream, version);
        advanced.put(stream, version);
    }

    /** The streams this batch moved on, with their new last version: what is written back. */
    public Map<String, Long> advanced() {
        return Map.copyOf(advanced);
    }
}
