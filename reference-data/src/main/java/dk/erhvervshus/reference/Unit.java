package dk.erhvervshus.reference;

/** The unit a goal's actual and target are expressed in (the v1 contract). */
public enum Unit {
    COUNT,
    PERCENT,
    NPS,
    PERCENTAGE_POINTS
}
