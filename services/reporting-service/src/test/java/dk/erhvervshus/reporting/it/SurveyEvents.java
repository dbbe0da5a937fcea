package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Envelopes as survey-service publishes them, built from the contracts-api records: each record's
 * stream carries its house ({@code response:<house>:<id>} and the like), since the ids are unique
 * per house only. Nordjylland's unless another house is named.
 */
final class SurveyEvents {

    static final String HOUSE = "nordjylland";

    private final String house;
    private final String responseId;
    private final String cvr;
    private Segment segment = Segment.GROWTH;
    private CompetenceSatisfaction satisfaction;
    private Integer score;
    private ExpectedEffect effect;
    private Boolean digital;
    private Boolean referral;
    private ReferralUse used;
    private LocalDate answeredOn = LocalDate.of(2023, 5, 2);

    private SurveyEvents(String house, String responseId, String cvr) {
        this.house = house;
        this.responseId = responseId;
        this.cvr = cvr;
    }

    /** A 2023 response answered on 2023-05-02, GROWTH, with every answer missing until set. */
    static SurveyEvents response(String responseId, String cvr) {
        return new SurveyEvents(HOUSE, responseId, cvr);
    }

    /** The same, of another house. */
    static SurveyEvents response(String house, String responseId, String cvr) {
        return new SurveyEvents(house, responseId, cvr);
    }

    SurveyEvents operation() {
        this.segment = Segment.OPERATION;
        return this;
    }

    SurveyEvents answers(CompetenceSatisfaction satisfaction, Integer score, ExpectedEffect effect) {
        this.satisfaction = satisfaction;
        this.score = score;
        this.effect = effect;
        return this;
    }

    SurveyEvents digital(Boolean value) {
        this.digital = value;
        return this;
    }

    SurveyEvents referred(Boolean received, ReferralUse value) {
        this.referral = received;
        this.used = value;
        return this;
    }

    SurveyEvents answeredOn(String isoDate) {
        this.answeredOn = LocalDate.parse(isoDate);
        return this;
    }

    EventEnvelope recorded() {
        return recorded(1);
    }

    /** Version 2 and later: the feed corrected the answer. */
    EventEnvelope recorded(long version) {
        return envelope(SurveyResponseEvent.aggregateId(house, responseId), version, house,
                new SurveyResponseRecorded(responseId, house, cvr, 2023, segment, answeredOn, satisfaction, score,
                        effect, digital, referral, used));
    }

    static EventEnvelope awareness(String surveyId, String conductedOn, int respondents, int aware, int green) {
        return envelope(AwarenessSurveyEvent.aggregateId(HOUSE, surveyId), 1, HOUSE, new AwarenessSurveyRecorded(surveyId,
                HOUSE, 2023, respondents, aware, green,
                LocalDate.parse(conductedOn)));
    }

    static EventEnvelope referralMade(String referralId, String cvr, String referredOn) {
        return referralMade(HOUSE, referralId, cvr, referredOn);
    }

    static EventEnvelope referralMade(String house, String referralId, String cvr, String referredOn) {
        return envelope(ReferralEvent.aggregateId(house, referralId), 1, house, new ReferralMade(referralId, house, cvr,
                LocalDate.parse(referredOn), ReferralDirection.OUTBOUND, CounterpartType.PRIVATE_ADVISOR,
                "Revisionsfirma Nord", "851"));
    }

    /** A referral of Nordjylland's; {@code municipalityCode} null when it names none. */
    static EventEnvelope referralMade(String referralId, String cvr, String referredOn, ReferralDirection direction,
                                      String municipalityCode) {
        return envelope(ReferralEvent.aggregateId(HOUSE, referralId), 1, HOUSE, new ReferralMade(referralId, HOUSE, cvr,
                LocalDate.parse(referredOn), direction, direction == ReferralDirection.INBOUND
                        ? CounterpartType.LOCAL_BUSINESS_OFFICE : CounterpartType.PRIVATE_ADVISOR,
                "Erhvervskontoret", municipalityCode));
    }

    static EventEnvelope outcome(String referralId, boolean used, String reportedOn, long version) {
        return outcome(HOUSE, referralId, used, reportedOn, version);
    }

    /** An outcome names no house: the envelope's is the referral's. */
    static EventEnvelope outcome(String house, String referralId, boolean used, String reportedOn, long version) {
        return envelope(ReferralEvent.aggregateId(house, referralId), version, house,
                new ReferralOutcomeReported(referralId, used, LocalDate.parse(reportedOn)));
    }

    static EventEnvelope figures(String cvr, int year, String revenueDkk, String fte, long version) {
        return envelope(CompanyFiguresEvent.aggregateId(cvr, year), version, CompanyFiguresEvent.NATIONAL,
                new CompanyFiguresReported(cvr, year, new BigDecimal(revenueDkk), new BigDecimal(fte)));
    }

    static EventEnvelope cohort(String cohortId, int cohortYear, Segment segment, List<String> treated,
                                List<String> control, long version) {
        return envelope(EffectCohortEvent.aggregateId(HOUSE, cohortId), version, HOUSE,
                new EffectCohortDefined(cohortId, HOUSE, cohortYear, segment, treated, control));
    }

    private static EventEnvelope envelope(String aggregateId, long version, String house, DomainEvent payload) {
        Instant now = Instant.now();
        return new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(payload.getClass()), aggregateId, version, 0,
                now, now, "survey-service", house, "reporting-it", "survey-feed", payload);
    }
}
