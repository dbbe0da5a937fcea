package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.reporting.projection.ColumnRows.name;
import static dk.erhvervshus.reporting.projection.ColumnRows.numeric;
import static dk.erhvervshus.reporting.projection.ColumnRows.utc;

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

    // Each family's versions are written by one insert and closed by one update for the whole
    // batch, their rows as column arrays (ColumnRows). "on conflict do nothing": a replayed batch
    // inserts nothing twice.
    static final String INSERT_COURSE = """
            insert into course_versions (course_id, version, house, cvr, municipality_code, category, themes, started_on,
                                         retracted, sustainability_wheel_used, enrolled_in_evaluation, known_from,
                                         known_until, event_id, event_type)
            select course_id, version, house, cvr, municipality_code, category, string_to_array(themes, ','), started_on,
                   retracted, sustainability_wheel_used, enrolled_in_evaluation, known_from, known_until, event_id,
                   event_type
            from unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[],
                        $9::boolean[], $10::boolean[], $11::boolean[], $12::timestamptz[], $13::timestamptz[],
                        $14::uuid[], $15::text[])
                 as v(course_id, version, house, cvr, municipality_code, category, themes, started_on, retracted,
                      sustainability_wheel_used, enrolled_in_evaluation, known_from, known_until, event_id, event_type)
            on conflict (course_id, version) do nothing""";
    static final String CLOSE_COURSE = """
            update course_versions v set known_until = c.known_until, changed_txn = pg_current_xact_id()::text::bigint
            from unnest($1::text[], $2::timestamptz[], $3::bigint[]) as c(course_id, known_until, version)
            where v.course_id = c.course_id and v.known_until is null and v.version < c.version""";

    static final String INSERT_RESPONSE = """
            insert into survey_response_versions (house, response_id, version, cvr, survey_year, segment, answered_on,
                                                  competence_satisfaction, recommend_score, expected_effect,
                                                  received_digital_guidance, received_referral, used_referral,
                                                  known_from, known_until, event_id, event_type)
            select * from unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::integer[], $6::text[], $7::date[],
                                 $8::text[], $9::integer[], $10::text[], $11::boolean[], $12::boolean[], $13::text[],
                                 $14::timestamptz[], $15::timestamptz[], $16::uuid[], $17::text[])
            on conflict (house, response_id, version) do nothing""";
    static final String CLOSE_RESPONSE = """
            update survey_response_versions v set known_until = c.known_until,
                                                  changed_txn = pg_current_xact_id()::text::bigint
            from unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[]) as c(house, id, known_until, version)
            where v.house = c.house and v.response_id = c.id and v.known_until is null and v.version < c.version""";

    static final String INSERT_AWARENESS = """
            insert into awareness_survey_versions (house, survey_id, version, year, respondents, aware_of_house,
                                                   aware_of_green_services, conducted_on, known_from, known_until,
                                                   event_id, event_type)
            select * from unnest($1::text[], $2::text[], $3::bigint[], $4::integer[], $5::integer[], $6::integer[],
                                 $7::integer[], $8::date[], $9::timestamptz[], $10::timestamptz[], $11::uuid[], $12::text[])
            on conflict (house, survey_id, version) do nothing""";
    static final String CLOSE_AWARENESS = """
            update awareness_survey_versions v set known_until = c.known_until
            from unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[]) as c(house, id, known_until, version)
            where v.house = c.house and v.survey_id = c.id and v.known_until is null and v.version < c.version""";

    static final String INSERT_REFERRAL = """
            insert into referral_versions (house, referral_id, version, cvr, referred_on, direction, used,
                                           outcome_reported_on, known_from, known_until, event_id, event_type,
                                           municipality_code)
            select * from unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::date[], $6::text[], $7::boolean[],
                                 $8::date[], $9::timestamptz[], $10::timestamptz[], $11::uuid[], $12::text[],
                                 $13::text[])
            on conflict (house, referral_id, version) do nothing""";
    static final String CLOSE_REFERRAL = """
            update referral_versions v set known_until = c.known_until, changed_txn = pg_current_xact_id()::text::bigint
            from unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[]) as c(house, id, known_until, version)
            where v.house = c.house and v.referral_id = c.id and v.known_until is null and v.version < c.version""";

    static final String INSERT_FIGURES = """
            insert into company_figures_versions (cvr, year, version, revenue_dkk, fte, known_from, known_until,
                                                  event_id, event_type)
            select * from unnest($1::text[], $2::integer[], $3::bigint[], $4::numeric[], $5::numeric[],
                                 $6::timestamptz[], $7::timestamptz[], $8::uuid[], $9::text[])
            on conflict (cvr, year, version) do nothing""";
    static final String CLOSE_FIGURES = """
            update company_figures_versions v set known_until = c.known_until
            from unnest($1::text[], $2::integer[], $3::timestamptz[], $4::bigint[]) as c(cvr, year, known_until, version)
            where v.cvr = c.cvr and v.year = c.year and v.known_until is null and v.version < c.version""";

    // A cohort's lists are arrays, which unnest cannot carry per row: its versions are written row by
    // row (executeBatch), as there are a few cohorts per house and year.
    static final String INSERT_COHORT = """
            insert into effect_cohort_versions (house, cohort_id, version, cohort_year, segment, treated, control,
                                                known_from, known_until, event_id, event_type)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (house, cohort_id, version) do nothing""";
    static final String CLOSE_COHORT = """
            update effect_cohort_versions v set known_until = c.known_until
            from unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[]) as c(house, id, known_until, version)
            where v.house = c.house and v.cohort_id = c.id and v.known_until is null and v.version < c.version""";

    private static final int FIRST_COUNTABLE_YEAR = 1999;
    private static final int LAST_STORABLE_YEAR = 9999;

    /** One family's rows: its insert and close statements with their executions. */
    record Family(String insert, List<Tuple> inserts, String close, List<Tuple> closes) {
    }

    private FactVersions() {
    }

    /** Every family's writes, in a fixed order; families the batch did not touch have no executions. */
    static List<Family> of(List<AppliedFact> applied) {
        Map<Object, List<AppliedFact>> courses = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> responses = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> surveys = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> referrals = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> figures = new LinkedHashMap<>();
        Map<Object, List<AppliedFact>> cohorts = new LinkedHashMap<>();
        int[] counts = new int[6];
        for (AppliedFact fact : applied) {
            FactRow row = fact.after();
            if (row instanceof CourseState c) {
                courses.computeIfAbsent(c.courseId(), k -> new ArrayList<>(2)).add(fact);
                counts[0]++;
            } else if (row instanceof SurveyResponseRow r) {
                responses.computeIfAbsent(new PerHouseId(r.house(), r.responseId()), k -> new ArrayList<>(1)).add(fact);
                counts[1]++;
            } else if (row instanceof AwarenessSurveyRow s) {
                surveys.computeIfAbsent(new PerHouseId(s.house(), s.surveyId()), k -> new ArrayList<>(1)).add(fact);
                counts[2]++;
            } else if (row instanceof ReferralState r) {
                referrals.computeIfAbsent(new PerHouseId(r.house(), r.referralId()), k -> new ArrayList<>(2)).add(fact);
                counts[3]++;
            } else if (row instanceof CompanyFiguresRow f) {
                figures.computeIfAbsent(CompanyFiguresEvent.aggregateId(f.cvr(), f.year()), k -> new ArrayList<>(1)).add(fact);
                counts[4]++;
            } else if (row instanceof EffectCohortRow c) {
                cohorts.computeIfAbsent(new PerHouseId(c.house(), c.cohortId()), k -> new ArrayList<>(1)).add(fact);
                counts[5]++;
            }
        }
        return List.of(
                family(INSERT_COURSE, CLOSE_COURSE, courses, counts[0], COURSE_COLUMNS, FactVersions::course, CLOSE_BY_ID,
                        first -> new Object[] {((CourseState) first.after()).courseId()}),
                family(INSERT_RESPONSE, CLOSE_RESPONSE, responses, counts[1], RESPONSE_COLUMNS, FactVersions::response,
                        CLOSE_PER_HOUSE, FactVersions::perHouseKey),
                family(INSERT_AWARENESS, CLOSE_AWARENESS, surveys, counts[2], AWARENESS_COLUMNS, FactVersions::awareness,
                        CLOSE_PER_HOUSE, FactVersions::perHouseKey),
                family(INSERT_REFERRAL, CLOSE_REFERRAL, referrals, counts[3], REFERRAL_COLUMNS, FactVersions::referral,
                        CLOSE_PER_HOUSE, FactVersions::perHouseKey),
                family(INSERT_FIGURES, CLOSE_FIGURES, figures, counts[4], FIGURES_COLUMNS, FactVersions::figures,
                        CLOSE_BY_CVR_AND_YEAR, first -> {
                            CompanyFiguresRow f = (CompanyFiguresRow) first.after();
                            return new Object[] {f.cvr(), f.year()};
                        }),
                cohorts(cohorts));
    }

    private static final Class<?>[] COURSE_COLUMNS = {String.class, Long.class, String.class, String.class, String.class,
            String.class, String.class, LocalDate.class, Boolean.class, Boolean.class, Boolean.class, OffsetDateTime.class,
            OffsetDateTime.class, UUID.class, String.class};
    private static final Class<?>[] RESPONSE_COLUMNS = {String.class, String.class, Long.class, String.class, Integer.class,
            String.class, LocalDate.class, String.class, Integer.class, String.class, Boolean.class, Boolean.class,
            String.class, OffsetDateTime.class, OffsetDateTime.class, UUID.class, String.class};
    private static final Class<?>[] AWARENESS_COLUMNS = {String.class, String.class, Long.class, Integer.class,
            Integer.class, Integer.class, Integer.class, LocalDate.class, OffsetDateTime.class, OffsetDateTime.class,
            UUID.class, String.class};
    private static final Class<?>[] REFERRAL_COLUMNS = {String.class, String.class, Long.class, String.class,
            LocalDate.class, String.class, Boolean.class, LocalDate.class, OffsetDateTime.class, OffsetDateTime.class,
            UUID.class, String.class, String.class};
    private static final Class<?>[] FIGURES_COLUMNS = {String.class, Integer.class, Long.class, Numeric.class,
            Numeric.class, OffsetDateTime.class, OffsetDateTime.class, UUID.class, String.class};
    private static final Class<?>[] CLOSE_BY_ID = {String.class, OffsetDateTime.class, Long.class};
    private static final Class<?>[] CLOSE_PER_HOUSE = {String.class, String.class, OffsetDateTime.class, Long.class};
    private static final Class<?>[] CLOSE_BY_CVR_AND_YEAR = {String.class, Integer.class, OffsetDateTime.class, Long.class};

    private interface VersionRow {
        Object[] of(AppliedFact fact, OffsetDateTime knownFrom, OffsetDateTime knownUntil);
    }

    private interface KeptVersion {
        void accept(AppliedFact fact, OffsetDateTime knownFrom, OffsetDateTime knownUntil);
    }

    /** The key columns of a fact's close, from its first version in the batch. */
    private interface FactKey {
        Object[] of(AppliedFact first);
    }

    private static Family family(String insert, String close, Map<Object, List<AppliedFact>> byFact, int versions,
                                 Class<?>[] columns, VersionRow row, Class<?>[] closeColumns, FactKey key) {
        ColumnRows inserts = new ColumnRows(versions, columns);
        ColumnRows closes = new ColumnRows(byFact.size(), closeColumns);
        byFact.values().forEach(factVersions -> {
            eachCountable(factVersions, (fact, from, until) -> inserts.add(row.of(fact, from, until)));
            AppliedFact first = factVersions.get(0);
            if (closesStoredVersion(first)) {
                Object[] keyColumns = key.of(first);
                Object[] closing = Arrays.copyOf(keyColumns, keyColumns.length + 2);
                closing[keyColumns.length] = utc(first.envelope().recordedAt());
                closing[keyColumns.length + 1] = first.envelope().version();
                closes.add(closing);
            }
        });
        return new Family(insert, inserts.executions(), close, closes.executions());
    }

    private static Family cohorts(Map<Object, List<AppliedFact>> byFact) {
        List<Tuple> inserts = new ArrayList<>();
        ColumnRows closes = new ColumnRows(byFact.size(), CLOSE_PER_HOUSE);
        byFact.values().forEach(factVersions -> {
            eachCountable(factVersions,
                    (fact, from, until) -> inserts.add(Tuple.tuple(Arrays.asList(cohort(fact, from, until)))));
            AppliedFact first = factVersions.get(0);
            if (closesStoredVersion(first)) {
                Object[] keyColumns = perHouseKey(first);
                closes.add(keyColumns[0], keyColumns[1], utc(first.envelope().recordedAt()), first.envelope().version());
            }
        });
        return new Family(INSERT_COHORT, inserts, CLOSE_COHORT, closes.executions());
    }

    /**
     * Each version of one fact in the batch that is kept, known from its event's recorded time until
     * the next version's in the batch (null for the last: the latest until a later batch closes it).
     */
    private static void eachCountable(List<AppliedFact> factVersions, KeptVersion consumer) {
        for (int i = 0; i < factVersions.size(); i++) {
            AppliedFact fact = factVersions.get(i);
            if (countable(fact.after())) {
                OffsetDateTime until = i + 1 < factVersions.size() ? utc(factVersions.get(i + 1).envelope().recordedAt()) : null;
                consumer.accept(fact, utc(fact.envelope().recordedAt()), until);
            }
        }
    }

    /**
     * A fact whose first version in the batch is its stream's first has no version stored before the
     * batch: nothing to close (in a rebuild, most facts). The close of any other stamps the closing
     * transaction where the family keeps it.
     */
    private static boolean closesStoredVersion(AppliedFact first) {
        return first.envelope().version() > 1;
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

    /** A survey family's fact key: the house of its stream (the envelope's) and its id within the house. */
    private static Object[] perHouseKey(AppliedFact first) {
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
        return new Object[] {first.envelope().house(), id};
    }

    private static Object[] course(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        CourseState c = (CourseState) fact.after();
        return new Object[] {c.courseId(), c.lastVersion(), c.house(), c.cvr(), c.municipalityCode(),
                c.category().name(), ColumnRows.codes(c.themes()), c.startedOn(), c.retracted(),
                c.sustainabilityWheelUsed(), c.enrolledInEvaluation(), from, until, fact.envelope().eventId(),
                fact.envelope().type()};
    }

    private static Object[] response(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        SurveyResponseRow r = (SurveyResponseRow) fact.after();
        return new Object[] {r.house(), r.responseId(), r.version(), r.cvr(), r.surveyYear(), r.segment().name(),
                r.answeredOn(), name(r.competenceSatisfaction()), r.recommendScore(), name(r.expectedEffect()),
                r.receivedDigitalGuidance(), r.receivedReferral(), name(r.usedReferral()), from, until,
                fact.envelope().eventId(), fact.envelope().type()};
    }

    private static Object[] awareness(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        AwarenessSurveyRow s = (AwarenessSurveyRow) fact.after();
        return new Object[] {s.house(), s.surveyId(), s.version(), s.year(), s.respondents(), s.awareOfHouse(),
                s.awareOfGreenServices(), s.conductedOn(), from, until, fact.envelope().eventId(), fact.envelope().type()};
    }

    private static Object[] referral(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        ReferralState r = (ReferralState) fact.after();
        return new Object[] {r.house(), r.referralId(), r.lastVersion(), r.cvr(), r.referredOn(), r.direction().name(),
                r.used(), r.outcomeReportedOn(), from, until, fact.envelope().eventId(), fact.envelope().type(),
                r.municipalityCode()};
    }

    private static Object[] figures(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        CompanyFiguresRow f = (CompanyFiguresRow) fact.after();
        return new Object[] {f.cvr(), f.year(), f.lastVersion(), numeric(f.revenueDkk()), numeric(f.fte()), from, until,
                fact.envelope().eventId(), fact.envelope().type()};
    }

    private static Object[] cohort(AppliedFact fact, OffsetDateTime from, OffsetDateTime until) {
        EffectCohortRow c = (EffectCohortRow) fact.after();
        return new Object[] {c.house(), c.cohortId(), c.lastVersion(), c.cohortYear(), c.segment().name(),
                c.treated().toArray(new String[0]), c.control().toArray(new String[0]), from, until,
                fact.envelope().eventId(), fact.envelope().type()};
    }
}
