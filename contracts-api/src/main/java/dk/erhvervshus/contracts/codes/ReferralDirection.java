package dk.erhvervshus.contracts.codes;

/** OUTBOUND */
public enum ReferralDirection {
    OUTBOUND,
    INBOUND
}
