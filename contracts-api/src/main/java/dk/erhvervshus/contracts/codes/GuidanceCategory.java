package dk.erhvervshus.contracts.codes;

/** The four kinds of specialised guidance course counted by goal 11. */
public enum GuidanceCategory {
    /** Vækstforløb. */
    GROWTH,
    /** Driftsforløb. */
    OPERATION,
    /** Korte forløb. */
    SHORT,
    /** Early Warning forløb. */
    EARLY_WARNING
}
