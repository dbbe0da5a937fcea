package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static dk.erhvervshus.reporting.projection.ColumnRows.name;
import static dk.erhvervshus.reporting.projection.ColumnRows.numeric;
import static dk.erhvervshus.reporting.projection.ColumnRows.utc;

/**
 * Writes a batch's effects, its parked records, its streams' versions and its consumed positions in
 * one transaction: either the read models and the positions both move, or neither does. Each
 * table gets one statement over all the batch's rows (column arrays, {@link ColumnRows}), so the
 * cost of a poll is a handful of statements however many events it holds.
 */
@ApplicationScoped
public class ProjectionStore {

    private static final String SELECT_COURSES = """
            select course_id, house, cvr, company_name, municipality_code, category, themes, started_on,
                   completed_on, retracted, retraction_reason, sustainability_wheel_used, enrolled_in_evaluation,
                   origin, last_version
            from courses where course_id = any($1)""";

    // Every write of a batch to a table is one statement over all its rows, as column arrays
    // (ColumnRows: unnest), except the rare families noted. The version guard repeats the
    // projection's own check, so a concurrent writer (a consumer that lost its partition but has not
    // noticed) can never move a row backwards.
    private static final String UPSERT_COURSE = """
            insert into courses (course_id, house, cvr, company_name, municipality_code, category, themes,
                                 started_on, completed_on, retracted, retraction_reason, sustainability_wheel_used,
                                 enrolled_in_evaluation, origin, last_version, updated_at)
            select course_id, house, cvr, company_name, municipality_code, category, string_to_array(themes, ','),
                   started_on, completed_on, retracted, retraction_reason, sustainability_wheel_used,
                   enrolled_in_evaluation, origin, last_version, now()
            from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[],
                        $9::date[], $10::boolean[], $11::text[], $12::boolean[], $13::boolean[], $14::text[], $15::bigint[])
                 as c(course_id, house, cvr, company_name, municipality_code, category, themes, started_on,
                      completed_on, retracted, retraction_reason, sustainability_wheel_used, enrolled_in_evaluation,
                      origin, last_version)
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
            select * from unnest($1::text[], $2::integer[], $3::text[], $4::bigint[], $5::date[], $6::text[], $7::text[],
                                 $8::uuid[], $9::timestamptz[])
            on conflict (house, year, activity_id, version) do nothing""";

    private static final String SELECT_REFERRALS = """
            select referral_id, house, cvr, referred_on, direction, counterpart_type, counterpart_name,
                   municipality_code, used, outcome_reported_on, last_version
            from referrals
            where (house, referral_id) in (select * from unnest($1::text[], $2::text[]))""";

    private static final String UPSERT_REFERRAL = """
            insert into referrals (referral_id, house, cvr, referred_on, direction, counterpart_type, counterpart_name,
                                   municipality_code, used, outcome_reported_on, last_version)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[],
                                 $8::text[], $9::boolean[], $10::date[], $11::bigint[])
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
            select * from unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::date[], $7::text[],
                                 $8::integer[], $9::text[], $10::boolean[], $11::boolean[], $12::text[], $13::bigint[])
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
            select * from unnest($1::text[], $2::text[], $3::integer[], $4::integer[], $5::integer[], $6::integer[],
                                 $7::date[], $8::bigint[])
            on conflict (house, survey_id) do update set
                year = excluded.year, respondents = excluded.respondents,
                aware_of_house = excluded.aware_of_house, aware_of_green_services = excluded.aware_of_green_services,
                conducted_on = excluded.conducted_on, version = excluded.version
            where awareness_surveys.version < excluded.version""";

    private static final String UPSERT_COMPANY_FIGURES = """
            insert into company_figures (cvr, year, revenue_dkk, fte, last_version)
            select * from unnest($1::text[], $2::integer[], $3::numeric[], $4::numeric[], $5::bigint[])
            on conflict (cvr, year) do update set
                revenue_dkk = excluded.revenue_dkk, fte = excluded.fte, last_version = excluded.last_version
            where company_figures.last_version < excluded.last_version""";

    // A cohort's lists are arrays, which unnest cannot carry per row; a year has a few cohorts per house.
    private static final String UPSERT_EFFECT_COHORT = """
            insert into effect_cohorts (cohort_id, house, cohort_year, segment, treated, control, last_version)
            values ($1, $2, $3, $4, $5, $6, $7)
            on conflict (house, cohort_id) do update set
                cohort_year = excluded.cohort_year, segment = excluded.segment,
                treated = excluded.treated, control = excluded.control, last_version = excluded.last_version
            where effect_cohorts.last_version < excluded.last_version""";

    // Parked records are rare: row by row. A record parked again by a replay gets its new reason; one
    // replayed or discarded meanwhile keeps its state.
    private static final String UPSERT_PARKED = """
            insert into parked_events (topic, partition, record_offset, record_key, payload, stream, version, event_type,
                                       reason_kind, reason, house, status, parked_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'PARKED', now())
            on conflict (topic, partition, record_offset) do update set
                stream = excluded.stream, version = excluded.version, event_type = excluded.event_type,
                house = excluded.house,
                reason_kind = excluded.reason_kind, reason = excluded.reason
            where parked_events.status = 'PARKED'""";

    private static final String RESOLVE_PARKED = """
            update parked_events set status = 'REPLAYED', resolved_at = now()
            where status = 'PARKED'
              and (topic, partition, record_offset) in (select * from unnest($1::text[], $2::int[], $3::bigint[]))""";

    private static final String SELECT_STREAM_VERSIONS =
            "select stream, last_version from stream_versions where stream = any($1)";

    // Every stream a batch touches, in one statement of two arrays rather than one execution per
    // stream (executeBatch): the widest write of a rebuild, a row per stream per batch. The streams
    // are distinct (a map's keys), as "on conflict do update" needs within one statement.
    private static final String UPSERT_STREAM_VERSION = """
            insert into stream_versions (stream, last_version)
            select * from unnest($1::text[], $2::bigint[])
            on conflict (stream) do update set last_version = greatest(stream_versions.last_version, excluded.last_version)""";

    // greatest(): a position only moves forward, also if a stale consumer commits late; greatest()
    // ignores nulls, so a batch that applied nothing of a partition keeps its last recorded time.
    private static final String UPSERT_POSITION = """
            insert into consumer_positions (topic, partition, next_offset, last_recorded_at, updated_at)
            select topic, partition, next_offset, last_recorded_at, now()
            from unnest($1::text[], $2::integer[], $3::bigint[], $4::timestamptz[])
                 as p(topic, partition, next_offset, last_recorded_at)
            on conflict (topic, partition) do update set
                next_offset = greatest(consumer_positions.next_offset, excluded.next_offset),
                last_recorded_at = greatest(consumer_positions.last_recorded_at, excluded.last_recorded_at),
                updated_at = excluded.updated_at""";

    // A mark keeps the time it was first set (how long the goals have waited) and takes a new sequence
    // number, so the maintainer knows whether the facts changed again while it derived them.
    private static final String MARK_GOALS = """
            insert into goal_dirty (house, year, marked_seq, marked_at)
            select house, year, nextval('goal_marks'), now() from unnest($1::text[], $2::int[]) as m(house, year)
            on conflict (house, year) do update set marked_seq = excluded.marked_seq""";

    // Read-your-writes: a write's token is met once its events are all counted here.
    private static final String COUNT_APPLIED_WRITES = """
            insert into applied_writes (write_id, applied_events, last_applied_at)
            select write_id, applied_events, now() from unnest($1::uuid[], $2::integer[]) as w(write_id, applied_events)
            on conflict (write_id) do update set applied_events = applied_writes.applied_events + excluded.applied_events,
                last_applied_at = excluded.last_applied_at""";

    private static final String SELECT_POSITIONS =
            "select topic, partition, next_offset, last_recorded_at from consumer_positions where topic = any($1)";

    private final Pool pool;
    private final GoalMarks goalMarks;
    private final BatchProjector projector = new BatchProjector();

    public ProjectionStore(@ReactiveDataSource(ProjectionDataSource.NAME) Pool pool, Houses houses, GoalCatalogues catalogues) {
        this.pool = pool;
        this.goalMarks = new GoalMarks(houses, catalogues);
    }

    /**
     * One attempt at a batch, in one transaction: projects {@code events} (all of the batch's, or a
     * prefix of them while {@link BatchBisector} searches), parks the batch's malformed records, the
     * {@code rejected} culprits and whatever the projection parks, resolves the parked records a
     * replay applied, and stores the streams' versions and (for a poll) the positions. Completes
     * when committed; a trial ({@code commit} false) is rolled back whatever it did.
     */
    public Uni<AppliedBatch> attempt(DecodedBatch batch, List<DecodedEvent> events, List<ParkedRecord> rejected,
                                     boolean commit) {
        Function<SqlConnection, Uni<AppliedBatch>> work = connection ->
                loadStreamVersions(connection, DecodedBatch.streams(events))
                        .flatMap(versions -> loadCourses(connection, DecodedBatch.courseIds(events))
                                .flatMap(courses -> loadReferrals(connection, DecodedBatch.referralKeys(events))
                                        .map(referrals -> Writes.of(batch, rejected, goalMarks,
                                                () -> projector.project(events, courses, referrals, new StreamVersions(versions))))))
                        .call(writes -> executeBatch(connection, UPSERT_COURSE, writes.courses))
                        .call(writes -> executeBatch(connection, INSERT_ACTIVITY_REPORT, writes.activityReports))
                        .call(writes -> executeBatch(connection, UPSERT_REFERRAL, writes.referrals))
                        .call(writes -> executeBatch(connection, UPSERT_SURVEY_RESPONSE, writes.surveyResponses))
                        .call(writes -> executeBatch(connection, UPSERT_AWARENESS_SURVEY, writes.awarenessSurveys))
                        .call(writes -> executeBatch(connection, UPSERT_COMPANY_FIGURES, writes.companyFigures))
                        .call(writes -> executeBatch(connection, UPSERT_EFFECT_COHORT, writes.effectCohorts))
                        .call(writes -> executeBatch(connection, UPSERT_PARKED, writes.parked))
                        .call(writes -> resolve(connection, writes.outcome.resolved()))
                        .call(writes -> executeBatch(connection, UPSERT_STREAM_VERSION, writes.streamVersions))
                        .call(writes -> executeBatch(connection, UPSERT_POSITION, writes.positions))
                        .call(writes -> writeVersions(connection, writes.versions))
                        .call(writes -> mark(connection, writes.outcome.marks()))
                        .call(writes -> executeBatch(connection, COUNT_APPLIED_WRITES, writes.appliedWrites))
                        .map(writes -> writes.outcome);
        return commit ? pool.withTransaction(work) : rolledBack(work);
    }

    /** The stored next offset of each partition of these topics that has one, with its newest recorded time. */
    public Uni<Map<TopicPartition, StoredPosition>> positions(Collection<String> topics) {
        return pool.preparedQuery(SELECT_POSITIONS).execute(Tuple.of(topics.toArray(new String[0])))
                .map(rows -> {
                    Map<TopicPartition, StoredPosition> positions = new HashMap<>();
                    rows.forEach(row -> {
                        OffsetDateTime recorded = row.getOffsetDateTime("last_recorded_at");
                        positions.put(new TopicPartition(row.getString("topic"), row.getInteger("partition")),
                                new StoredPosition(row.getLong("next_offset"), recorded == null ? null : recorded.toInstant()));
                    });
                    return positions;
                });
    }

    /** A transaction that is always rolled back: a trial of the search. */
    private <T> Uni<T> rolledBack(Function<SqlConnection, Uni<T>> work) {
        return pool.withConnection(connection -> connection.begin()
                .flatMap(transaction -> work.apply(connection)
                        .onItemOrFailure().call((item, failure) -> transaction.rollback().onFailure().recoverWithNull())));
    }

    /** Each family closes the versions stored before the batch, then adds the batch's. */
    private static Uni<Void> writeVersions(SqlConnection connection, List<FactVersions.Family> families) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (FactVersions.Family family : families) {
            chain = chain.call(() -> executeBatch(connection, family.close(), family.closes()))
                    .call(() -> executeBatch(connection, family.insert(), family.inserts()));
        }
        return chain;
    }

    private static Uni<Void> mark(SqlConnection connection, Set<GoalYear> marks) {
        if (marks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(MARK_GOALS)
                .execute(Tuple.of(marks.stream().map(GoalYear::house).toArray(String[]::new),
                        marks.stream().map(GoalYear::year).toArray(Integer[]::new)))
                .replaceWithVoid();
    }

    private Uni<Map<String, Long>> loadStreamVersions(SqlConnection connection, Collection<String> streams) {
        if (streams.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection.preparedQuery(SELECT_STREAM_VERSIONS)
                .execute(Tuple.of(streams.toArray(new String[0])))
                .map(rows -> {
                    Map<String, Long> versions = new HashMap<>();
                    rows.forEach(row -> versions.put(row.getString("stream"), row.getLong("last_version")));
                    return versions;
                });
    }

    private Uni<Void> resolve(SqlConnection connection, Collection<RecordId> resolved) {
        if (resolved.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(RESOLVE_PARKED)
                .execute(Tuple.of(resolved.stream().map(RecordId::topic).toArray(String[]::new),
                        resolved.stream().map(RecordId::partition).toArray(Integer[]::new),
                        resolved.stream().map(RecordId::offset).toArray(Long[]::new)))
                .replaceWithVoid();
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

    /** A statement's executions: one for a set-based statement (ColumnRows), one per row for the others. */
    private static Uni<Void> executeBatch(SqlConnection connection, String sql, List<Tuple> tuples) {
        if (tuples.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (tuples.size() == 1) {
            return connection.preparedQuery(sql).execute(tuples.get(0)).replaceWithVoid();
        }
        return connection.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
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

    /**
     * Every statement's parameters, computed in memory before anything is sent: the fold and the
     * rows it makes see only the batch's records, so an exception thrown here is one of them
     * ({@link ProjectionFailure}, which the search treats as the records' fault).
     */
    private static final class Writes {
        List<Tuple> courses;
        List<Tuple> activityReports;
        List<Tuple> referrals;
        List<Tuple> surveyResponses;
        List<Tuple> awarenessSurveys;
        List<Tuple> companyFigures;
        List<Tuple> effectCohorts;
        List<Tuple> parked;
        List<Tuple> streamVersions;
        List<Tuple> positions;
        List<FactVersions.Family> versions;
        List<Tuple> appliedWrites;
        AppliedBatch outcome;

        static Writes of(DecodedBatch batch, List<ParkedRecord> rejected, GoalMarks goalMarks,
                         Supplier<ProjectedBatch> fold) {
            try {
                return build(batch, rejected, goalMarks, fold.get());
            } catch (RuntimeException e) {
                throw new ProjectionFailure(e);
            }
        }

        private static Writes build(DecodedBatch batch, List<ParkedRecord> rejected, GoalMarks goalMarks,
                                    ProjectedBatch projected) {
            Writes w = new Writes();
            w.versions = FactVersions.of(projected.applied());
            ColumnRows appliedWrites = new ColumnRows(projected.appliedPerWrite().size(), UUID.class, Integer.class);
            projected.appliedPerWrite().forEach(appliedWrites::add);
            w.appliedWrites = appliedWrites.executions();
            ColumnRows courses = new ColumnRows(projected.courses().size(), String.class, String.class, String.class,
                    String.class, String.class, String.class, String.class, LocalDate.class, LocalDate.class, Boolean.class,
                    String.class, Boolean.class, Boolean.class, String.class, Long.class);
            projected.courses().forEach(c -> courses.add(c.courseId(), c.house(), c.cvr(), c.companyName(),
                    c.municipalityCode(), c.category().name(), ColumnRows.codes(c.themes()), c.startedOn(),
                    c.completedOn(), c.retracted(), c.retractionReason(), c.sustainabilityWheelUsed(),
                    c.enrolledInEvaluation(), name(c.origin()), c.lastVersion()));
            w.courses = courses.executions();
            ColumnRows reports = new ColumnRows(projected.activityReports().size(), String.class, Integer.class,
                    String.class, Long.class, LocalDate.class, String.class, String.class, UUID.class, OffsetDateTime.class);
            projected.activityReports().forEach(r -> reports.add(r.house(), r.year(), r.activityId(), r.version(),
                    r.changedOn(), r.status().name(), r.note(), r.eventId(), utc(r.recordedAt())));
            w.activityReports = reports.executions();
            ColumnRows referrals = new ColumnRows(projected.referrals().size(), String.class, String.class, String.class,
                    LocalDate.class, String.class, String.class, String.class, String.class, Boolean.class, LocalDate.class,
                    Long.class);
            projected.referrals().forEach(r -> referrals.add(r.referralId(), r.house(), r.cvr(), r.referredOn(),
                    r.direction().name(), name(r.counterpartType()), r.counterpartName(), r.municipalityCode(), r.used(),
                    r.outcomeReportedOn(), r.lastVersion()));
            w.referrals = referrals.executions();
            ColumnRows responses = new ColumnRows(projected.surveyResponses().size(), String.class, String.class,
                    String.class, Integer.class, String.class, LocalDate.class, String.class, Integer.class, String.class,
                    Boolean.class, Boolean.class, String.class, Long.class);
            projected.surveyResponses().forEach(r -> responses.add(r.responseId(), r.house(), r.cvr(), r.surveyYear(),
                    r.segment().name(), r.answeredOn(), name(r.competenceSatisfaction()), r.recommendScore(),
                    name(r.expectedEffect()), r.receivedDigitalGuidance(), r.receivedReferral(), name(r.usedReferral()),
                    r.version()));
            w.surveyResponses = responses.executions();
            ColumnRows surveys = new ColumnRows(projected.awarenessSurveys().size(), String.class, String.class,
                    Integer.class, Integer.class, Integer.class, Integer.class, LocalDate.class, Long.class);
            projected.awarenessSurveys().forEach(a -> surveys.add(a.surveyId(), a.house(), a.year(), a.respondents(),
                    a.awareOfHouse(), a.awareOfGreenServices(), a.conductedOn(), a.version()));
            w.awarenessSurveys = surveys.executions();
            ColumnRows figures = new ColumnRows(projected.companyFigures().size(), String.class, Integer.class,
                    Numeric.class, Numeric.class, Long.class);
            projected.companyFigures().forEach(f -> figures.add(f.cvr(), f.year(), numeric(f.revenueDkk()),
                    numeric(f.fte()), f.lastVersion()));
            w.companyFigures = figures.executions();
            w.effectCohorts = projected.effectCohorts().stream()
                    .map(c -> Tuple.tuple(Arrays.asList(c.cohortId(), c.house(), c.cohortYear(), c.segment().name(),
                            c.treated().toArray(new String[0]), c.control().toArray(new String[0]), c.lastVersion())))
                    .toList();
            List<ParkedRecord> parked = new ArrayList<>(batch.malformed());
            parked.addAll(rejected);
            parked.addAll(projected.parked());
            w.parked = parked.stream().map(Writes::parked).toList();
            w.streamVersions = streamVersions(projected.streamVersions());
            ColumnRows positions = new ColumnRows(batch.nextOffsets().size(), String.class, Integer.class, Long.class,
                    OffsetDateTime.class);
            batch.nextOffsets().forEach((partition, next) -> positions.add(partition.topic(), partition.partition(), next,
                    utc(projected.newestRecordedAt().get(partition))));
            w.positions = positions.executions();
            w.outcome = new AppliedBatch(batch.size(), List.copyOf(parked), resolved(batch, parked),
                    batch.nextOffsets(), projected.newestRecordedAt(), goalMarks.of(projected.applied()));
            return w;
        }

        private static List<Tuple> streamVersions(Map<String, Long> advanced) {
            ColumnRows streams = new ColumnRows(advanced.size(), String.class, Long.class);
            advanced.forEach(streams::add);
            return streams.executions();
        }

        /** In a replay, every record of the batch that is not parked again: applied now, or applied before. */
        private static Set<RecordId> resolved(DecodedBatch batch, List<ParkedRecord> parked) {
            if (!batch.replay()) {
                return Set.of();
            }
            Set<RecordId> resolved = new LinkedHashSet<>();
            batch.events().forEach(event -> resolved.add(event.record().id()));
            parked.forEach(p -> resolved.remove(p.record().id()));
            return resolved;
        }

        private static Tuple parked(ParkedRecord p) {
            ConsumedRecord r = p.record();
            // The core Buffer, not Mutiny's: a Tuple built from a list is passed to the driver unwrapped.
            return Tuple.tuple(Arrays.asList(r.topic(), r.partition(), r.offset(), storable(r.key()),
                    r.value() == null ? null : Buffer.buffer(r.value()), storable(p.stream()), p.version(),
                    storable(p.eventType()), p.kind().name(), storable(p.reason()), storable(p.house())));
        }
    }

    /**
     * PostgreSQL's text cannot hold U+0000; a key or reason carrying one must still be parked (the
     * bytes themselves are kept as they are), not fail the batch.
     */
    private static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
