package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.MetricKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sources the goals read, as the goals answer names them beside their figures. Each fact
 * family belongs to one; an event type's wire name says which ({@link #ofEventType}).
 */
public enum Feed {
    GUIDANCE("guidance"),
    USER_EVALUATION("user-evaluation"),
    AWARENESS("awareness"),
    REFERRALS("referrals"),
    REGISTER_FIGURES("register-figures"),
    COHORTS("cohorts");

    private final String key;

    Feed(String key) {
        this.key = key;
    }

    /** The name in the answer's {@code freshness} object. */
    public String key() {
        return key;
    }

    /** The feeds a goal of this kind reads (the survey goals also read courses: their data check). */
    public static Set<Feed> readBy(MetricKind metric) {
        switch (metric) {
            case AWARENESS_SHARE:
            case GREEN_AWARENESS_SHARE:
                return EnumSet.of(AWARENESS);
            case SATISFACTION_SHARE:
            case NPS:
            case EXPECTED_EFFECT_SHARE:
            case DIGITAL_EFFECT_SHARE:
                return EnumSet.of(USER_EVALUATION, GUIDANCE);
            case REFERRAL_UPTAKE:
                return EnumSet.of(USER_EVALUATION, GUIDANCE, REFERRALS);
            case COHORT_GROWTH_DIFFERENCE:
                return EnumSet.of(COHORTS, REGISTER_FIGURES);
            default:
                return EnumSet.of(GUIDANCE);
        }
    }

    /** The service whose events the feed is made of. */
    public String service() {
        return this == GUIDANCE ? "guidance-service" : "survey-service";
    }

    /** The feed named {@code key} in an answer's {@code freshness}; null when none is. */
    public static Feed ofKey(String key) {
        for (Feed feed : values()) {
            if (feed.key.equals(key)) {
                return feed;
            }
        }
        return null;
    }

    /** The feed of an event type (its wire name, e.g. {@code survey.response-recorded.v1}); null when unknown. */
    public static Feed ofEventType(String type) {
        if (type == null) {
            return null;
        }
        if (type.startsWith("guidance.")) {
            return GUIDANCE;
        }
        if (type.contains("response")) {
            return USER_EVALUATION;
        }
        if (type.contains("awareness")) {
            return AWARENESS;
        }
        if (type.contains("referral")) {
            return REFERRALS;
        }
        if (type.contains("figures")) {
            return REGISTER_FIGURES;
        }
        if (type.contains("cohort")) {
            return COHORTS;
        }
        return null;
    }
}
