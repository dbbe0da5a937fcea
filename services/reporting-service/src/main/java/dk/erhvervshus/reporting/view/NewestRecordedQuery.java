package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.goals.Feed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per feed, the recorded time of the newest fact version of a house known at an instant (register
 * figures belong to no house: theirs is the newest of all). Each is one indexed {@code max}.
 */
@ApplicationScoped
public class NewestRecordedQuery {

    private static final Map<Feed, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put(Feed.GUIDANCE, "select max(knownFrom) from CourseVersionView where house = ?1 and knownFrom <= ?2");
        QUERIES.put(Feed.USER_EVALUATION,
                "select max(knownFrom) from SurveyResponseVersionView where house = ?1 and knownFrom <= ?2");
        QUERIES.put(Feed.AWARENESS,
                "select max(knownFrom) from AwarenessSurveyVersionView where house = ?1 and knownFrom <= ?2");
        QUERIES.put(Feed.REFERRALS, "select max(knownFrom) from ReferralVersionView where house = ?1 and knownFrom <= ?2");
        QUERIES.put(Feed.COHORTS, "select max(knownFrom) from EffectCohortVersionView where house = ?1 and knownFrom <= ?2");
    }

    private static final String ACTIVITIES =
            "select max(recordedAt) from ActivityStatusView where house = ?1 and recordedAt <= ?2";
    private static final String FIGURES = "select max(knownFrom) from CompanyFiguresVersionView where knownFrom <= ?1";

    private static final Instant BEFORE_ANY_RECORDING = Instant.parse("2000-01-01T00:00:00Z");

    public Uni<Map<Feed, Instant>> newest(String house, Instant knownAt) {
        Map<Feed, Instant> newest = new EnumMap<>(Feed.class);
        return Panache.withSession(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<Feed, String> query : QUERIES.entrySet()) {
                chain = chain.chain(() -> max(query.getValue(), house, knownAt).invoke(at -> put(newest, query.getKey(), at)))
                        .replaceWithVoid();
            }
            return chain
                    .chain(() -> max(ACTIVITIES, house, knownAt).invoke(at -> put(newest, Feed.GUIDANCE, at)))
                    .chain(() -> Panache.getSession().chain(s -> s.createSelectionQuery(FIGURES, Instant.class)
                            .setParameter(1, knownAt).getSingleResultOrNull()))
                    .invoke(at -> put(newest, Feed.REGISTER_FIGURES, at))
                    .map(ignored -> newest);
        });
    }

    private static Uni<Instant> max(String hql, String house, Instant knownAt) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Instant.class)
                .setParameter(1, house).setParameter(2, knownAt).getSingleResultOrNull());
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
