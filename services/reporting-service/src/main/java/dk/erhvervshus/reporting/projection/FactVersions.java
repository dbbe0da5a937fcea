package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.codes.Theme;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bitemporal writes of a batch: one row per fact version an applied event made, known from the
 * event's recorded time until the recorded time of the next version of the same fact (in this batch,
 * or null while it is the latest), and, per fact, the statement that closes the version stored
 * before the batch. Activity reports need neither: each report is its own row, kept with its recorded
 * time from the start. Closing a course, answer or referral stamps the closing transaction
 * ({@code changed_txn}, as an insert does by default), so the goal maintainer's read of what changed
 * since it last looked sees the closure too.
 */
final class FactVersions {

    static final String INSERT_COURSE = """
            insert into course_versions (course_id, version, house, cvr, municipality_code, category, themes, started_on,
                                         retracted, sustainability_wheel_used, enrolled_in_evaluation, known_from,
                                         known_until, event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            on conflict (course_id, version) do nothing""";
    static final String CLOSE_COURSE = """
            update course_versions set known_until = $2, changed_txn = pg_current_xact_id()::text::bigint
            where course_id = $1 and known_until is null and version < $3""";

    static final String INSERT_RESPONSE = """
            insert into survey_response_versions (house, response_id, version, cvr, survey_year, segment, answered_on,
                                                  competence_satisfaction, recommend_score, expected_effect,
                                                  received_digital_guidance, received_referral, used_referral,
                                                  known_from, known_until, event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
            on conflict (house, response_id, version) do nothing""";
    static final String CLOSE_RESPONSE = """
            update survey_response_versions set known_until = $3, changed_txn = pg_current_xact_id()::text::bigint
            where house = $1 and response_id = $2 and known_until is null and version < $4""";

    static final String INSERT_AWARENESS = """
            insert into awareness_survey_versions (house, survey_id, version, year, respondents, aware_of_house,
                                                   aware_of_green_services, conducted_on, known_from, known_until,
                                                   event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            on conflict (house, survey_id, version) do nothing""";
    static final String CLOSE_AWARENESS = """
            update awareness_survey_versions set known_until = $3
            where house = $1 and survey_id = $2 and known_until is null and version < $4""";

    static final String INSERT_REFERRAL = """
            insert into referral_versions (house, referral_id, version, cvr, referred_on, direction, used,
                                           outcome_reported_on, known_from, known_until, event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            on conflict (house, referral_id, version) do nothing""";
    static final String CLOSE_REFERRAL = """
            update referral_versions set known_until = $3, changed_txn = pg_current_xact_id()::text::bigint
            where house = $1 and referral_id = $2 and known_until is null and version < $4""";

    static final String INSERT_FIGURES = """
            insert into company_figures_versions (cvr, year, version, revenue_dkk, fte, known_from, known_until,
                                                  event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            on conflict (cvr, year, version) do nothing""";
    static final String CLOSE_FIGURES = """
            update company_figures_versions set known_until = $3
            where cvr = $1 and year = $2 and known_until is null and version < $4""";

    static final String INSERT_COHORT = """
            insert into effect_cohort_versions (house, cohort_id, version, cohort_year, segment, treated, control,
                                                known_from, known_until, event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (house, cohort_id, version) do nothing""";
    static final String CLOSE_COHORT = """
            update effect_cohort_versions set known_until = $3
            where house = $1 and cohort_id = $2 and known_until is null and version < $4""";

    private static final int FIRST_COUNTABLE_YEAR = 1999;
    private static final int LAST_STORABLE_YEAR = 9999;

    /** One family's rows: its insert and close statements with their parameters. */
    record Family(String insert, List<Tuple> inserts, String close, List<Tuple> closes) {
    }

    private FactVersions() {
    }

    /** Every family's writes, in a fixed order; families the batch did not touch have empty lists. */
    static List<Family> of(List<AppliedFact> applied) {
        Map<Object, List<AppliedFact>> courses = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> responses = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> surveys = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> referrals = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> figures = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> cohorts = new LinkedHashMap<>();
        for (AppliedFact fact : applied) {
            FactRow row = fact.after();
            if (row instanceof CourseState c) {
                courses.computeIfAbsent(c.courseId(), k -> new ArrayList<>()).add(fact);
            } else if (row instanceof SurveyResponseRow r) {
                responses.computeIfAbsent(new PerHouseId(r.house(), r.responseId()), k -> new ArrayList<>()).add(fact);
            } else if (row instanceof AwarenessSurveyRow s) {
                surveys.computeIfAbsent(new PerHouseId(s.house(), s.surveyId()), k -> new ArrayList<>()).add(fact);
            } else if (row instanceof ReferralState r) {
                referrals.computeIfAbsent(new PerHouseId(r.house(), r.referralId()), k -> new ArrayList<>()).add(fact);
            } else if (row instanceof CompanyFiguresRow f) {
                figures.computeIfAbsent(CompanyFiguresEvent.aggregateId(f.cvr(), f.year()), k -> new ArrayList<>()).add(fact);
            } else if (row instanceof EffectCohortRow c) {
                cohorts.computeIfAbsent(new PerHouseId(c.house(), c.cohortId()), k -> new ArrayList<>()).add(fact);
            }
        }
        return List.of(
                family(INSERT_COURSE, CLOSE_COURSE, courses, FactVersions::course,
                        (first, at) -> Tuple.tuple(Arrays.asList(((CourseState) first.after()).courseId(), at,
                                first.envelope().version()))),
                family(INSERT_RESPONSE, CLOSE_RESPONSE, responses, FactVersions::response, FactVersions::closePerHouse),
                family(INSERT_AWARENESS, CLOSE_AWARENESS, surveys, FactVersions::awareness, FactVersions::closePerHouse),
                family(INSERT_REFERRAL, CLOSE_REFERRAL, referrals, FactVersions::referral, FactVersions::closePerHouse),
                family(INSERT_FIGURES, CLOSE_FIGURES, figures, FactVersions::figures,
                        (first, at) -> {
                            CompanyFiguresRow f = (CompanyFiguresRow) first.after();
                            return Tuple.tuple(Arrays.asList(f.cvr(), f.year(), at, first.envelope().version()));
                        }),
                family(INSERT_COHORT, CLOSE_COHORT, cohorts, FactVersions::cohort, FactVersions::closePerHouse));
    }

    private interface RowTuple {
        Tuple of(AppliedFact fact, OffsetDateTime knownFrom, OffsetDateTime knownUntil);
    }

    private interface CloseTuple {
        Tuple of(AppliedFact first, OffsetDateTime at);
    }

    private static Family family(String insert, String close, Map<Object, List<AppliedFact>> byFact, RowTuple row,
                                 CloseTuple closing) {
        List<Tuple> inserts = new ArrayList<>();
        List<Tuple> closes = new ArrayList<>();
        byFact.values().forEach(versions -> {
            for (int i = 0; i < versions.size(); i++) {
                AppliedFact fact = versions.get(i);
                OffsetDateTime until = i + 1 < versions.size() ? utc(versions.get(i + 1).envelope().recordedAt()) : null;
                if (countable(fact.after())) {
                    inserts.add(row.of(fact, utc(fact.envelope().recordedAt()), until));
                }
            }
            AppliedFact first = versions.get(0);
            closes.add(closing.of(first, utc(first.envelope().recordedAt())));
        });
        return new Family(insert, inserts, close, closes);
    }

    /**
     * A version whose business date lies outside the years a goal can read (1999, looked back on by
     * 2000, and later) counts for no goal at any knowledge, and may not even fit a database date (an
     * ancient start that the projection's working state holds only until the next version replaces
     * it): it is not kept. The version before it is closed all the same, so nothing is known of the
     * fact in between.
     */
    private static boolean countable(FactRow row) {
        if (row instanceof CourseState c) {
            return plausible(c.startedOn());
        }
        if (row instanceof SurveyResponseRow r) {
            return plausible(r.answeredOn());
        }
        if (row instanceof AwarenessSurveyRow s) {
            return plausible(s.conductedOn());
        }
        if (row instanceof ReferralState r) {
            return plausible(r.referredOn()) && (r.outcomeReportedOn() == null || plausible(r.outcomeReportedOn()));
        }
        return true;
    }

    private static boolean plausible(LocalDate date) {
        return date.getYear() >= FIRST_COUNTABLE_YEAR && date.getYear() <= LAST_STORABLE_YEAR;
    }

    private static Tuple closePerHouse(AppliedFact first, OffsetDateTime at) {
        EventEnvelope envelope = first.envelope();
        String id;
        FactRow row = first.after();
        if (row instanceof SurveyResponseRow r) {
            id = r.responseId();
        } else if (row instanceof AwarenessSurveyRow s) {
            id = s.surveyId();
        } else if (row instanceof ReferralState r) {
            id = r.referralId();
        } else {
            id = ((EffectCohortRow) row).cohortId();
        }
        return Tuple.tuple(Arrays.asList(envelope.house(), id, at, envelope.version()));
    }

    private static Tuple course(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        CourseState c = (CourseState) fact.after();
        return Tuple.tuple(Arrays.asList(c.courseId(), c.lastVersion(), c.house(), c.cvr(), c.municipalityCode(),
                c.category().name(), c.themes().stream().map(Theme::name).toArray(String[]::new), c.startedOn(),
                c.retracted(), c.sustainabilityWheelUsed(), c.enrolledInEvaluation(), from, until,
                fact.envelope().eventId(), fact.envelope().type()));
    }

    private static Tuple response(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        SurveyResponseRow r = (SurveyResponseRow) fact.after();
        return Tuple.tuple(Arrays.asList(r.house(), r.responseId(), r.version(), r.cvr(), r.surveyYear(), r.segment().name(),
                r.answeredOn(), name(r.competenceSatisfaction()), r.recommendScore(), name(r.expectedEffect()),
                r.receivedDigitalGuidance(), r.receivedReferral(), name(r.usedReferral()), from, until,
                fact.envelope().eventId(), fact.envelope().type()));
    }

    private static Tuple awareness(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        AwarenessSurveyRow s = (AwarenessSurveyRow) fact.after();
        return Tuple.tuple(Arrays.asList(s.house(), s.surveyId(), s.version(), s.year(), s.respondents(), s.awareOfHouse(),
                s.awareOfGreenServices(), s.conductedOn(), from, until, fact.envelope().eventId(), fact.envelope().type()));
    }

    private static Tuple referral(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        ReferralState r = (ReferralState) fact.after();
        return Tuple.tuple(Arrays.asList(r.house(), r.referralId(), r.lastVersion(), r.cvr(), r.referredOn(),
                r.direction().name(), r.used(), r.outcomeReportedOn(), from, until, fact.envelope().eventId(),
                fact.envelope().type()));
    }

    private static Tuple figures(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        CompanyFiguresRow f = (CompanyFiguresRow) fact.after();
        return Tuple.tuple(Arrays.asList(f.cvr(), f.year(), f.lastVersion(), f.revenueDkk(), f.fte(), from, until,
                fact.envelope().eventId(), fact.envelope().type()));
    }

    private static Tuple cohort(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        EffectCohortRow c = (EffectCohortRow) fact.after();
        return Tuple.tuple(Arrays.asList(c.house(), c.cohortId(), c.lastVersion(), c.cohortYear(), c.segment().name(),
                c.treated().toArray(new String[0]), c.control().toArray(new String[0]), from, until,
                fact.envelope().eventId(), fact.envelope().type()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
