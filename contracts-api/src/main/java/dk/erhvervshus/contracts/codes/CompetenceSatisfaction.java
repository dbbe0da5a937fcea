package dk.erhvervshus.contracts.codes;

/** Answer to "Hvor tilfreds er du med erhvervshusmedarbejderens faglige kompetencer". */
public enum CompetenceSatisfaction {
    VERY_SATISFIED,
    SATISFIED,
    NEUTRAL,
    DISSATISFIED,
    VERY_DISSATISFIED,
    DONT_KNOW
}
