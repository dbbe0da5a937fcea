package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.Theme;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch's effects and its consumed positions in one transaction: either the read models
 * and the positions both move, or neither does. Statements are batched per table, so the cost of
 * a poll is a handful of round trips however many events it holds.
 */
@ApplicationScoped
public class ProjectionStore {

    private static final String SELECT_COURSES = """
            select course_id, house, cvr, company_name, municipality_code, category, themes, started_on,
                   completed_on, retracted, retraction_reason, sustainability_wheel_used, enrolled_in_evaluation,
                   origin, last_version
            from courses where course_id = any($1)""";

    // The version guard repeats the projection's own check, so a concurrent writer (a consumer that
    // lost its partition but has not noticed) can never move a row backwards.
    private static final String UPSERT_COURSE = """
            insert into courses (course_id, house, cvr, company_name, municipality_code, category, themes,
                                 started_on, completed_on, retracted, retraction_reason, sustainability_wheel_used,
                                 enrolled_in_evaluation, origin, last_version, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now())
            on conflict (course_id) do update set
                house = excluded.house, cvr = excluded.cvr, company_name = excluded.company_name,
                municipality_code = excluded.municipality_code, category = excluded.category,
                themes = excluded.themes, started_on = excluded.started_on, completed_on = excluded.completed_on,
                retracted = excluded.retracted, retraction_reason = excluded.retraction_reason,
                sustainability_wheel_used = excluded.sustainability_wheel_used,
                enrolled_in_evaluation = excluded.enrolled_in_evaluation, origin = excluded.origin,
                last_version = excluded.last_version, updated_at = excluded.updated_at
            where courses.last_version < excluded.last_version""";

    private static final String INSERT_ACTIVITY_REPORT = """
            insert into activity_status_history (house, year, activity_id, version, changed_on, status, note,
                                                 event_id, recorded_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            on conflict (house, year, activity_id, version) do nothing""";

    private static final String SELECT_REFERRALS = """
            select referral_id, house, cvr, referred_on, direction, counterpart_type, counterpart_name,
                   municipality_code, used, outcome_reported_on, last_version
            from referrals
            where (house, referral_id) in (select * from unnest($1::text[], $2::text[]))""";

    private static final String UPSERT_REFERRAL = """
            insert into referrals (referral_id, house, cvr, referred_on, direction, counterpart_type, counterpart_name,
                                   municipality_code, used, outcome_reported_on, last_version)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (house, referral_id) do update set
                cvr = excluded.cvr, referred_on = excluded.referred_on,
                direction = excluded.direction, counterpart_type = excluded.counterpart_type,
                counterpart_name = excluded.counterpart_name, municipality_code = excluded.municipality_code,
                used = excluded.used, outcome_reported_on = excluded.outcome_reported_on,
                last_version = excluded.last_version
            where referrals.last_version < excluded.last_version""";

    // The survey families below carry their whole state in every event: no read before the write,
    // only the same version guard.
    private static final String UPSERT_SURVEY_RESPONSE = """
            insert into survey_responses (response_id, house, cvr, survey_year, segment, answered_on,
                                          competence_satisfaction, recommend_score, expected_effect,
                                          received_digital_guidance, received_referral, used_referral, version)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            on conflict (house, response_id) do update set
                cvr = excluded.cvr, survey_year = excluded.survey_year,
                segment = excluded.segment, answered_on = excluded.answered_on,
                competence_satisfaction = excluded.competence_satisfaction, recommend_score = excluded.recommend_score,
                expected_effect = excluded.expected_effect, received_digital_guidance = excluded.received_digital_guidance,
                received_referral = excluded.received_referral, used_referral = excluded.used_referral,
                version = excluded.version
            where survey_responses.version < excluded.version""";

    private static final String UPSERT_AWARENESS_SURVEY = """
            insert into awareness_surveys (survey_id, house, year, respondents, aware_of_house, aware_of_green_services,
                                           conducted_on, version)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            on conflict (house, survey_id) do update set
                year = excluded.year, respondents = excluded.respondents,
                aware_of_house = excluded.aware_of_house, aware_of_green_services = excluded.aware_of_green_services,
                conducted_on = excluded.conducted_on, version = excluded.version
            where awareness_surveys.version < excluded.version""";

    private static final String UPSERT_COMPANY_FIGURES = """
            insert into company_figures (cvr, year, revenue_dkk, fte, last_version)
            values ($1, $2, $3, $4, $5)
            on conflict (cvr, year) do update set
                revenue_dkk = excluded.revenue_dkk, fte = excluded.fte, last_version = excluded.last_version
            where company_figures.last_version < excluded.last_version""";

    private static final String UPSERT_EFFECT_COHORT = """
            insert into effect_cohorts (cohort_id, house, cohort_year, segment, treated, control, last_version)
            values ($1, $2, $3, $4, $5, $6, $7)
            on conflict (house, cohort_id) do update set
                cohort_year = excluded.cohort_year, segment = excluded.segment,
                treated = excluded.treated, control = excluded.control, last_version = excluded.last_version
            where effect_cohorts.last_version < excluded.last_version""";

    private static final String INSERT_PARKED = """
            insert into parked_events (topic, partition, record_offset, record_key, payload, error, parked_at)
            values ($1, $2, $3, $4, $5, $6, now())
            on conflict (topic, partition, record_offset) do nothing""";

    // greatest(): a position only moves forward, also if a stale consumer commits late.
    private static final String UPSERT_POSITION = """
            insert into consumer_positions (topic, partition, next_offset, updated_at)
            values ($1, $2, $3, now())
            on conflict (topic, partition) do update set
                next_offset = greatest(consumer_positions.next_offset, excluded.next_offset),
                updated_at = excluded.updated_at""";

    private static final String SELECT_POSITIONS =
            "select topic, partition, next_offset from consumer_positions where topic = any($1)";

    private final Pool pool;
    private final BatchProjector projector = new BatchProjector();

    public ProjectionStore(Pool pool) {
        this.pool = pool;
    }

    /** Projects the batch and stores its effects and positions atomically; completes when committed. */
    public Uni<ProjectedBatch> apply(DecodedBatch batch) {
        return pool.withTransaction(connection -> loadCourses(connection, batch.courseIds())
                .flatMap(courses -> loadReferrals(connection, batch.referralKeys())
                        .map(referrals -> projector.project(batch.events(), courses, referrals)))
                .call(projected -> upsertCourses(connection, projected.courses()))
                .call(projected -> insertActivityReports(connection, projected.activityReports()))
                .call(projected -> upsertReferrals(connection, projected.referrals()))
                .call(projected -> upsertSurveyResponses(connection, projected.surveyResponses()))
                .call(projected -> upsertAwarenessSurveys(connection, projected.awarenessSurveys()))
                .call(projected -> upsertCompanyFigures(connection, projected.companyFigures()))
                .call(projected -> upsertEffectCohorts(connection, projected.effectCohorts()))
                .call(projected -> park(connection, concat(batch.malformed(), projected.parked())))
                .call(projected -> savePositions(connection, batch.nextOffsets())));
    }

    /** The stored next offset of each partition of these topics that has one. */
    public Uni<Map<TopicPartition, Long>> positions(Collection<String> topics) {
        return pool.preparedQuery(SELECT_POSITIONS).execute(Tuple.of(topics.toArray(new String[0])))
                .map(rows -> {
                    Map<TopicPartition, Long> positions = new HashMap<>();
                    rows.forEach(row -> positions.put(new TopicPartition(row.getString("topic"), row.getInteger("partition")),
                            row.getLong("next_offset")));
                    return positions;
                });
    }

    private Uni<Map<String, CourseState>> loadCourses(SqlConnection connection, Collection<String> courseIds) {
        if (courseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection.preparedQuery(SELECT_COURSES)
                .execute(Tuple.of(courseIds.toArray(new String[0])))
                .map(rows -> {
                    Map<String, CourseState> byId = new HashMap<>();
                    rows.forEach(row -> byId.put(row.getString("course_id"), toCourse(row)));
                    return byId;
                });
    }

    private Uni<Map<PerHouseId, ReferralState>> loadReferrals(SqlConnection connection, Collection<PerHouseId> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] houses = keys.stream().map(PerHouseId::house).toArray(String[]::new);
        String[] ids = keys.stream().map(PerHouseId::id).toArray(String[]::new);
        return connection.preparedQuery(SELECT_REFERRALS)
                .execute(Tuple.of(houses, ids))
                .map(rows -> {
                    Map<PerHouseId, ReferralState> byKey = new HashMap<>();
                    rows.forEach(row -> {
                        ReferralState referral = toReferral(row);
                        byKey.put(new PerHouseId(referral.house(), referral.referralId()), referral);
                    });
                    return byKey;
                });
    }

    private Uni<Void> upsertCourses(SqlConnection connection, Collection<CourseState> courses) {
        List<Tuple> tuples = courses.stream().map(ProjectionStore::courseTuple).toList();
        return executeBatch(connection, UPSERT_COURSE, tuples);
    }

    private Uni<Void> insertActivityReports(SqlConnection connection, List<ActivityStatusRow> reports) {
        List<Tuple> tuples = reports.stream()
                .map(r -> Tuple.tuple(Arrays.asList(r.house(), r.year(), r.activityId(), r.version(), r.changedOn(),
                        r.status().name(), r.note(), r.eventId(), OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC))))
                .toList();
        return executeBatch(connection, INSERT_ACTIVITY_REPORT, tuples);
    }

    private Uni<Void> upsertReferrals(SqlConnection connection, Collection<ReferralState> referrals) {
        List<Tuple> tuples = referrals.stream()
                .map(r -> Tuple.tuple(Arrays.asList(r.referralId(), r.house(), r.cvr(), r.referredOn(), r.direction().name(),
                        name(r.counterpartType()), r.counterpartName(), r.municipalityCode(), r.used(),
                        r.outcomeReportedOn(), r.lastVersion())))
                .toList();
        return executeBatch(connection, UPSERT_REFERRAL, tuples);
    }

    private Uni<Void> upsertSurveyResponses(SqlConnection connection, Collection<SurveyResponseRow> responses) {
        List<Tuple> tuples = responses.stream()
                .map(r -> Tuple.tuple(Arrays.asList(r.responseId(), r.house(), r.cvr(), r.surveyYear(), r.segment().name(),
                        r.answeredOn(), name(r.competenceSatisfaction()), r.recommendScore(), name(r.expectedEffect()),
                        r.receivedDigitalGuidance(), r.receivedReferral(), name(r.usedReferral()), r.version())))
                .toList();
        return executeBatch(connection, UPSERT_SURVEY_RESPONSE, tuples);
    }

    private Uni<Void> upsertAwarenessSurveys(SqlConnection connection, Collection<AwarenessSurveyRow> surveys) {
        List<Tuple> tuples = surveys.stream()
                .map(s -> Tuple.tuple(Arrays.asList(s.surveyId(), s.house(), s.year(), s.respondents(), s.awareOfHouse(),
                        s.awareOfGreenServices(), s.conductedOn(), s.version())))
                .toList();
        return executeBatch(connection, UPSERT_AWARENESS_SURVEY, tuples);
    }

    private Uni<Void> upsertCompanyFigures(SqlConnection connection, Collection<CompanyFiguresRow> figures) {
        List<Tuple> tuples = figures.stream()
                .map(f -> Tuple.tuple(Arrays.asList(f.cvr(), f.year(), f.revenueDkk(), f.fte(), f.lastVersion())))
                .toList();
        return executeBatch(connection, UPSERT_COMPANY_FIGURES, tuples);
    }

    private Uni<Void> upsertEffectCohorts(SqlConnection connection, Collection<EffectCohortRow> cohorts) {
        List<Tuple> tuples = cohorts.stream()
                .map(c -> Tuple.tuple(Arrays.asList(c.cohortId(), c.house(), c.cohortYear(), c.segment().name(),
                        c.treated().toArray(new String[0]), c.control().toArray(new String[0]), c.lastVersion())))
                .toList();
        return executeBatch(connection, UPSERT_EFFECT_COHORT, tuples);
    }

    private Uni<Void> park(SqlConnection connection, List<ParkedRecord> parked) {
        List<Tuple> tuples = parked.stream()
                // The core Buffer, not Mutiny's: a Tuple built from a list is passed to the driver unwrapped.
                .map(p -> Tuple.tuple(Arrays.asList(p.record().topic(), p.record().partition(), p.record().offset(),
                        p.record().key(), p.record().value() == null ? null : Buffer.buffer(p.record().value()),
                        p.error())))
                .toList();
        return executeBatch(connection, INSERT_PARKED, tuples);
    }

    private Uni<Void> savePositions(SqlConnection connection, Map<TopicPartition, Long> nextOffsets) {
        List<Tuple> tuples = nextOffsets.entrySet().stream()
                .map(e -> Tuple.of(e.getKey().topic(), e.getKey().partition(), e.getValue()))
                .toList();
        return executeBatch(connection, UPSERT_POSITION, tuples);
    }

    private static Uni<Void> executeBatch(SqlConnection connection, String sql, List<Tuple> tuples) {
        if (tuples.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
    }

    private static Tuple courseTuple(CourseState c) {
        return Tuple.tuple(Arrays.asList(
                c.courseId(), c.house(), c.cvr(), c.companyName(), c.municipalityCode(), c.category().name(),
                c.themes().stream().map(Theme::name).toArray(String[]::new),
                c.startedOn(), c.completedOn(), c.retracted(), c.retractionReason(),
                c.sustainabilityWheelUsed(), c.enrolledInEvaluation(),
                c.origin() == null ? null : c.origin().name(),
                c.lastVersion()));
    }

    private static CourseState toCourse(Row row) {
        String origin = row.getString("origin");
        return new CourseState(
                row.getString("course_id"),
                row.getString("house"),
                row.getString("cvr"),
                row.getString("company_name"),
                row.getString("municipality_code"),
                GuidanceCategory.valueOf(row.getString("category")),
                Arrays.stream(row.getArrayOfStrings("themes")).map(Theme::valueOf).toList(),
                row.getLocalDate("started_on"),
                row.getLocalDate("completed_on"),
                row.getBoolean("retracted"),
                row.getString("retraction_reason"),
                row.getBoolean("sustainability_wheel_used"),
                row.getBoolean("enrolled_in_evaluation"),
                origin == null ? null : CourseOrigin.valueOf(origin),
                row.getLong("last_version"));
    }

    private static ReferralState toReferral(Row row) {
        String counterpartType = row.getString("counterpart_type");
        return new ReferralState(
                row.getString("referral_id"),
                row.getString("house"),
                row.getString("cvr"),
                row.getLocalDate("referred_on"),
                ReferralDirection.valueOf(row.getString("direction")),
                counterpartType == null ? null : CounterpartType.valueOf(counterpartType),
                row.getString("counterpart_name"),
                row.getString("municipality_code"),
                row.getBoolean("used"),
                row.getLocalDate("outcome_reported_on"),
                row.getLong("last_version"));
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static List<ParkedRecord> concat(List<ParkedRecord> a, List<ParkedRecord> b) {
        List<ParkedRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
