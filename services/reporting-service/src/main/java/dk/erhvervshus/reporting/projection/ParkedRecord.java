package dk.erhvervshus.reporting.projection;

/** A record that could not be projected, kept with the reason so that it can be inspected and replayed. */
public record ParkedRecord(ConsumedRecord record, String error) {
}
