package dk.erhvervshus.contracts;

import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one mapping between wire names and event classes. A wire name is part of the public
 * contract: moving or renaming a class must never change it, and a changed shape gets a new
 * version suffix instead of an edit.
 */
public final class WireTypes {

    private static final Map<String, Class<? extends DomainEvent>> BY_NAME;
    private static final Map<Class<? extends DomainEvent>, String> BY_CLASS = new LinkedHashMap<>();

    static {
        Map<String, Class<? extends DomainEvent>> byName = new LinkedHashMap<>();
        byName.put("guidance.course-started.v1", GuidanceCourseStarted.class);
        byName.put("guidance.course-updated.v1", GuidanceCourseUpdated.class);
        byName.put("guidance.course-completed.v1", GuidanceCourseCompleted.class);
        byName.put("guidance.course-retracted.v1", GuidanceCourseRetracted.class);
        byName.put("guidance.activity-status-changed.v1", GoalActivityStatusChanged.class);
        byName.put("survey.response-recorded.v1", SurveyResponseRecorded.class);
        byName.put("survey.awareness-survey-recorded.v1", AwarenessSurveyRecorded.class);
        byName.put("survey.referral-made.v1", ReferralMade.class);
        byName.put("survey.referral-outcome-reported.v1", ReferralOutcomeReported.class);
        byName.put("survey.company-figures-reported.v1", CompanyFiguresReported.class);
        byName.put("survey.effect-cohort-defined.v1", EffectCohortDefined.class);
        BY_NAME = Collections.unmodifiableMap(byName);
        byName.forEach((name, type) -> BY_CLASS.put(type, name));
    }

    private WireTypes() {
    }

    public static String wireNameOf(Class<? extends DomainEvent> type) {
        String name = BY_CLASS.get(type);
        if (name == null) {
            throw new IllegalArgumentException("no wire name registered for " + type.getName());
        }
        return name;
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String wireName) {
        return Optional.ofNullable(BY_NAME.get(wireName));
    }

    /** All wire names, in registration order. */
    public static Iterable<String> all() {
        return BY_NAME.keySet();
    }
}
