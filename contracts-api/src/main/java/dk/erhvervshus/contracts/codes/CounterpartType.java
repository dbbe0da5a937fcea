package dk.erhvervshus.contracts.codes;

/** Who is on the other side of a referral. */
public enum CounterpartType {
    PRIVATE_ADVISOR,
    CLUSTER,
    KNOWLEDGE_INSTITUTION,
    LOCAL_BUSINESS_OFFICE,
    PUBLIC_PROGRAMME,
    OTHER
}
