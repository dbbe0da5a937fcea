package dk.erhvervshus.contracts.codes;

/** The survey's two segments; every satisfaction and NPS goal is per segment. */
public enum Segment {
    GROWTH,
    OPERATION
}
