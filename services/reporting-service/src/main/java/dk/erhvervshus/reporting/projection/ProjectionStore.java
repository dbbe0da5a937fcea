package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
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

    private static final String SELECT_POSITIONS = "select partition, next_offset from consumer_positions where topic = $1";

    private final Pool pool;
    private final BatchProjector projector = new BatchProjector();

    public ProjectionStore(Pool pool) {
        this.pool = pool;
    }

    /** Projects the batch and stores its effects and positions atomically; completes when committed. */
    public Uni<ProjectedBatch> apply(DecodedBatch batch) {
        return pool.withTransaction(connection -> loadCourses(connection, batch.courseIds())
                .map(existing -> projector.project(batch.events(), existing))
                .call(projected -> upsertCourses(connection, projected.courses()))
                .call(projected -> insertActivityReports(connection, projected.activityReports()))
                .call(projected -> park(connection, concat(batch.malformed(), projected.parked())))
                .call(projected -> savePositions(connection, batch.nextOffsets())));
    }

    /** The stored next offset of each partition of the topic that has one. */
    public Uni<Map<Integer, Long>> positions(String topic) {
        return pool.preparedQuery(SELECT_POSITIONS).execute(Tuple.of(topic))
                .map(rows -> {
                    Map<Integer, Long> positions = new HashMap<>();
                    rows.forEach(row -> positions.put(row.getInteger("partition"), row.getLong("next_offset")));
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

    private static List<ParkedRecord> concat(List<ParkedRecord> a, List<ParkedRecord> b) {
        List<ParkedRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
