package dk.erhvervshus.contracts.codes;

/** The houses' eight specialist areas, plus CCUS named in the 2023 contract. */
public enum Theme {
    QUALIFIED_LABOUR,
    GREEN_TRANSITION,
    INNOVATION,
    DIGITALISATION,
    INTERNATIONALISATION,
    MANAGEMENT,
    SALES_MARKETING,
    FINANCING,
    CCUS
}
