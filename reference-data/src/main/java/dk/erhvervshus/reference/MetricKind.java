package dk.erhvervshus.reference;

/**
 * Which calculation a goal uses. The catalogue picks one per goal and configures it with
 * parameters; a new kind of calculation is new code, a new target or parameter is only data.
 */
public enum MetricKind {
    AWARENESS_SHARE,
    NEW_COMPANY_SHARE,
    GEOGRAPHIC_SPREAD,
    SATISFACTION_SHARE,
    NPS,
    REFERRAL_UPTAKE,
    SUSTAINABILITY_WHEEL,
    GREEN_AWARENESS_SHARE,
    EXPECTED_EFFECT_SHARE,
    COHORT_GROWTH_DIFFERENCE,
    DIGITAL_EFFECT_SHARE,
    ACTIVITIES_DONE,
    UNIQUE_COMPANIES,
    COURSE_COUNT
}
