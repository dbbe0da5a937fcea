package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.goals.Feed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per feed, the recorded time of the newest fact version of a house known at an instant (register
 * figures belong to no house: theirs is the newest of all). One statement of indexed {@code max}es,
 * one per table; the guidance feed's is the newest of courses and activity reports.
 */
@ApplicationScoped
public class NewestRecordedQuery {

    private static final String NEWEST = """
            select (select max(known_from) from course_versions where house = ?1 and known_from <= ?2),
                   (select max(recorded_at) from activity_status_history where house = ?1 and recorded_at <= ?2),
                   (select max(known_from) from survey_response_versions where house = ?1 and known_from <= ?2),
                   (select max(known_from) from awareness_survey_versions where house = ?1 and known_from <= ?2),
                   (select max(known_from) from referral_versions where house = ?1 and known_from <= ?2),
                   (select max(known_from) from effect_cohort_versions where house = ?1 and known_from <= ?2),
                   (select max(known_from) from company_figures_versions where known_from <= ?2)""";
    /** The feed of each column of {@link #NEWEST}, in order. */
    private static final List<Feed> COLUMNS = List.of(Feed.GUIDANCE, Feed.GUIDANCE, Feed.USER_EVALUATION,
            Feed.AWARENESS, Feed.REFERRALS, Feed.COHORTS, Feed.REGISTER_FIGURES);

    private static final Instant BEFORE_ANY_RECORDING = Instant.parse("2000-01-01T00:00:00Z");

    public Uni<Map<Feed, Instant>> newest(String house, Instant knownAt) {
        return Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(NEWEST, Object[].class).setParameter(1, house)
                        .setParameter(2, OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC)).getSingleResult())
                .map(NewestRecordedQuery::perFeed));
    }

    private static Map<Feed, Instant> perFeed(Object[] row) {
        Map<Feed, Instant> newest = new EnumMap<>(Feed.class);
        for (int i = 0; i < COLUMNS.size(); i++) {
            put(newest, COLUMNS.get(i), NativeValues.instant(row[i]));
        }
        return newest;
    }

    /**
     * The later of two times, so the guidance feed's is the newest of courses and activity reports.
     * Facts projected before versions were kept are known since {@code -infinity}: no time to report.
     */
    private static void put(Map<Feed, Instant> newest, Feed feed, Instant at) {
        if (at != null && at.isAfter(BEFORE_ANY_RECORDING)) {
            newest.merge(feed, at, (a, b) -> a.isAfter(b) ? a : b);
        }
    }
}
