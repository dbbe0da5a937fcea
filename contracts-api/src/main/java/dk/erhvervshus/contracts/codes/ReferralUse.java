package dk.erhvervshus.contracts.codes;

/** Whether a referred company used the external advice it was referred to. */
public enum ReferralUse {
    YES,
    NO,
    DONT_KNOW
}
