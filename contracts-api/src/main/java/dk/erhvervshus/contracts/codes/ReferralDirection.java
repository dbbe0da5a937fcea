package dk.erhvervshus.contracts.codes;

/** Which way a referral goes. */
public enum ReferralDirection {
    /** The house refers a company onwards to an external advisor or actor. */
    OUTBOUND,
    /** A company is referred to the house, e.g. by a local business office. */
    INBOUND
}
