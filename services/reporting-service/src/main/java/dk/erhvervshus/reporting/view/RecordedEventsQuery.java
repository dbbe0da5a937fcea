package dk.erhvervshus.reporting.view;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events recorded in an interval (after {@code from}, up to and including {@code to}) that made a
 * fact the goals of a house and year read: from the fact versions, each kept with the event that made
 * it. A course counts when any of its versions started in the year or the year before (a course
 * moved out of the range changes the goals too); register figures belong to no house and count for
 * the year and the cohort years.
 */
@ApplicationScoped
public class RecordedEventsQuery {

    /** One event: its id, wire type, stream, recorded time, and the id of the fact it made. */
    public record RecordedEvent(UUID eventId, String eventType, String aggregateId, Instant recordedAt, String factId) {
    }

    private static final String EVENTS = """
            select event_id, event_type, course_id as aggregate_id, known_from, course_id as fact_id from course_versions
             where house = ?1 and known_from > ?2 and known_from <= ?3
               and course_id in (select course_id from course_versions where house = ?1
                                   and started_on between make_date(?4 - 1, 1, 1) and make_date(?4, 12, 31))
            union all
            select event_id, 'guidance.activity-status-changed.v1', 'activity:' || house || ':' || year || ':' || activity_id,
                   recorded_at, activity_id from activity_status_history
             where house = ?1 and year = ?4 and recorded_at > ?2 and recorded_at <= ?3
            union all
            select event_id, event_type, 'response:' || house || ':' || response_id, known_from, response_id
              from survey_response_versions
             where house = ?1 and survey_year = ?4 and known_from > ?2 and known_from <= ?3
            union all
            select event_id, event_type, 'awareness:' || house || ':' || survey_id, known_from, survey_id
              from awareness_survey_versions
             where house = ?1 and year = ?4 and known_from > ?2 and known_from <= ?3
            union all
            select event_id, event_type, 'referral:' || house || ':' || referral_id, known_from, referral_id
              from referral_versions
             where house = ?1 and extract(year from referred_on) = ?4 and known_from > ?2 and known_from <= ?3
            union all
            select event_id, event_type, 'cohort:' || house || ':' || cohort_id, known_from, cohort_id
              from effect_cohort_versions
             where house = ?1 and cohort_year = any(?5) and known_from > ?2 and known_from <= ?3
            union all
            select event_id, event_type, 'figures:' || cvr || ':' || year, known_from, cvr || ':' || year
              from company_figures_versions
             where (year = ?4 or year = any(?5)) and known_from > ?2 and known_from <= ?3
            order by 4, 3""";

    public Uni<List<RecordedEvent>> between(String house, int year, Integer[] cohortYears, Instant from, Instant to) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(EVENTS, Object[].class)
                        .setParameter(1, house).setParameter(2, utc(from)).setParameter(3, utc(to)).setParameter(4, year)
                        .setParameter(5, cohortYears)
                        .getResultList()))
                .map(RecordedEventsQuery::events);
    }

    private static List<RecordedEvent> events(List<Object[]> rows) {
        List<RecordedEvent> events = new ArrayList<>();
        for (Object[] row : rows) {
            events.add(new RecordedEvent((UUID) row[0], (String) row[1], (String) row[2], NativeValues.instant(row[3]), (String) row[4]));
        }
        return events;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
