package dk.erhvervshus.reporting.projection;

import java.util.Locale;

/** Why a record is parked, in one word: what the operations list filters by and the parked-events gauge counts. */
public enum ParkKind {
    /** Not an event of the contract: bytes that do not decode, or no value. */
    MALFORMED,
    /**
     * A well-formed event that cannot be applied: the projection refuses it (a field its read model
     * needs is missing, an update of a course never started), the fold throws, or the read model's
     * database refuses the row (a date out of range, a constraint).
     */
    REJECTED,
    /** An earlier version of its stream is not applied (parked, or never arrived): applying it would leave a gap. */
    WAITING;

    /** The metric label: lower case, as Prometheus labels are written. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
