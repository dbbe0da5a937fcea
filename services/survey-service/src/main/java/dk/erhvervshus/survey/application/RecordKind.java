package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;

import java.util.Arrays;

/**
 * The kinds of record this service keeps, one event family each. Their client-chosen ids share the
 * event store's one namespace of aggregate ids (the contract makes the id the aggregate id and the
 * Kafka key), so an id sent for one kind may already belong to another; this names that other kind.
 */
enum RecordKind {
    SURVEY_RESPONSE(SurveyResponseEvent.class, "a survey response"),
    AWARENESS_SURVEY(AwarenessSurveyEvent.class, "an awareness survey"),
    REFERRAL(ReferralEvent.class, "a referral"),
    COMPANY_FIGURES(CompanyFiguresEvent.class, "company figures"),
    EFFECT_COHORT(EffectCohortEvent.class, "an effect cohort");

    private final Class<? extends DomainEvent> family;
    private final String description;

    RecordKind(Class<? extends DomainEvent> family, String description) {
        this.family = family;
        this.description = description;
    }

    /** "a referral", or the wire type itself for an event of no family here. */
    static String describe(String wireType) {
        return WireTypes.classOf(wireType)
                .flatMap(type -> Arrays.stream(values()).filter(kind -> kind.family.isAssignableFrom(type)).findFirst())
                .map(kind -> kind.description)
                .orElse("an event stream of type " + wireType);
    }
}
