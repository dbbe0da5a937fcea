package dk.erhvervshus.reference;

/** The unit a goal's actual and target are expressed in (API.md). */
public enum Unit {
    COUNT,
    PERCENT,
    NPS,
    PERCENTAGE_POINTS
}
