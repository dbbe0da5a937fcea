package dk.erhvervshus.reporting.it;

import dk.erhvervshus.reporting.view.LatestFacts;
import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;

/**
 * Every table the projection and the goal maintainer write, emptied before a test that counts from
 * nothing, and the facts held in memory forgotten with them.
 */
final class ReadModels {

    static final String ALL = "courses, activity_status_history, parked_events, stream_versions, survey_responses, "
            + "awareness_surveys, referrals, company_figures, effect_cohorts, course_versions, survey_response_versions, "
            + "awareness_survey_versions, referral_versions, company_figures_versions, effect_cohort_versions, goal_dirty, "
            + "maintained_house_years, maintained_goals, goal_changes, applied_writes";

    private ReadModels() {
    }

    static void empty(Pool pool) {
        pool.query("truncate " + ALL).execute().await().atMost(Duration.ofSeconds(10));
        Arc.container().instance(LatestFacts.class).get().forgetAll();
    }
}
