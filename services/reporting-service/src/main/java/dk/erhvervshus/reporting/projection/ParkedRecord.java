package dk.erhvervshus.reporting.projection;

/**
 * A record that could not be applied, with the reason, so that it can be listed, replayed or
 * discarded. {@code stream} and {@code version} are the envelope's when the record decoded (the
 * stream is the Kafka key otherwise, as producers key by aggregate id), {@code eventType} its wire
 * name and {@code house} the envelope's house; all four are null when unknown.
 */
public record ParkedRecord(ConsumedRecord record, String stream, Long version, String eventType, String house,
                           ParkKind kind, String reason) {

    /** Bytes that are not an event of the contract. */
    public static ParkedRecord malformed(ConsumedRecord record, String reason) {
        return new ParkedRecord(record, record.key(), null, null, null, ParkKind.MALFORMED, reason);
    }

    public static ParkedRecord rejected(DecodedEvent event, String reason) {
        return of(event, ParkKind.REJECTED, reason);
    }

    /** Behind a version of its stream that is not applied. */
    public static ParkedRecord waiting(DecodedEvent event, long missingVersion) {
        return of(event, ParkKind.WAITING, "waiting for version " + missingVersion);
    }

    private static ParkedRecord of(DecodedEvent event, ParkKind kind, String reason) {
        return new ParkedRecord(event.record(), event.envelope().aggregateId(), event.envelope().version(),
                event.envelope().type(), event.envelope().house(), kind, reason);
    }
}
