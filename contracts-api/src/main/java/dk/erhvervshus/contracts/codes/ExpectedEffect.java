package dk.erhvervshus.contracts.codes;

/** Answer to "I hvor høj grad vurderer du, at vejledningen vil have en positiv effekt for virksomheden". */
public enum ExpectedEffect {
    HIGH,
    SOME,
    LOW,
    NONE,
    DONT_KNOW
}
