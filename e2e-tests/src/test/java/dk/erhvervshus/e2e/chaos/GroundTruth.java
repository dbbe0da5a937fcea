package dk.erhvervshus.e2e.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the system acknowledged, and nothing else: a write is recorded here once it was answered 2xx
 * (or "duplicate", "unchanged", replayed), never before, and every record is folded by the write
 * services' own rules (a completion with the recorded date, a survey response sent twice, figures
 * equal in value change nothing). Everything the run expects to find afterwards (read-model rows,
 * events per aggregate, goals) is computed from a {@link #snapshot()} of this, without reading any
 * read model or topic.
 */
final class GroundTruth {

    private final Map<String, Course> courses = new LinkedHashMap<>();
    private final Map<String, List<ActivityChange>> activities = new LinkedHashMap<>();
    private final Map<String, SurveyAnswer> responses = new LinkedHashMap<>();
    private final Map<String, AwarenessSurvey> awarenessSurveys = new LinkedHashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final Map<String, CompanyFigures> figures = new LinkedHashMap<>();
    private final Map<String, EffectCohort> cohorts = new LinkedHashMap<>();
    private final java.util.Set<String> crmEventIds = new java.util.HashSet<>();
    private final List<String> reorderedChanges = new ArrayList<>();
    private long reorderedCount;

    /** A reported activity status as stored: the stream's version it became. */
    record ActivityChange(ActivityReport report, long version) {
    }

    /**
     * Whether a CRM change applies: a crmEventId applied before (the batch sent again) is a
     * duplicate and changes nothing. True the first time for each id.
     */
    synchronized boolean firstCrmEvent(String crmEventId) {
        return crmEventIds.add(crmEventId);
    }

    /**
     * A CRM change the service applied before an earlier change of the same course in the same
     * batch (the earlier one failed, the later one did not, and the batch sent again applied the
     * earlier one last): the ground truth follows what was acknowledged, and this is kept apart.
     */
    synchronized void crmChangeReordered(String description) {
        reorderedCount++;
        if (reorderedChanges.size() < 20) {
            reorderedChanges.add(description);
        }
    }

    synchronized long reorderedCount() {
        return reorderedCount;
    }

    synchronized List<String> reorderedChanges() {
        return List.copyOf(reorderedChanges);
    }

    synchronized void courseRegistered(Course course) {
        if (courses.putIfAbsent(course.courseId(), course) != null) {
            throw new IllegalStateException("the load registered course " + course.courseId() + " twice");
        }
    }

    synchronized void courseUpdated(String courseId, Course.Update update) {
        courses.put(courseId, course(courseId).updated(update));
    }

    synchronized void courseCompleted(String courseId, java.time.LocalDate on) {
        courses.put(courseId, course(courseId).completed(on));
    }

    synchronized void courseRetracted(String courseId, String reason) {
        courses.put(courseId, course(courseId).retractedFor(reason));
    }

    /** A report of the status the activity already has stores nothing. */
    synchronized void activityReported(ActivityReport report) {
        List<ActivityChange> history = activities.computeIfAbsent(report.aggregateId(), id -> new ArrayList<>());
        if (!history.isEmpty() && history.get(history.size() - 1).report().status() == report.status()) {
            return;
        }
        history.add(new ActivityChange(report, history.size() + 1));
    }

    /** The responseId decides: the first answer stands. */
    synchronized void responseRecorded(SurveyAnswer answer) {
        responses.putIfAbsent(answer.responseId(), answer);
    }

    synchronized void awarenessSurveyRecorded(AwarenessSurvey survey) {
        awarenessSurveys.putIfAbsent(survey.surveyId(), survey);
    }

    synchronized void referralMade(Referral referral) {
        referrals.putIfAbsent(referral.referralId(), referral);
    }

    synchronized void referralOutcomeReported(String referralId, boolean used, java.time.LocalDate reportedOn) {
        Referral referral = referrals.get(referralId);
        if (referral == null) {
            throw new IllegalStateException("an outcome of referral " + referralId + ", which was never acknowledged");
        }
        referrals.put(referralId, referral.withOutcome(used, reportedOn));
    }

    synchronized void figuresReported(List<CompanyFigures> reports) {
        for (CompanyFigures report : reports) {
            figures.merge(report.key(), report, CompanyFigures::reportedAgain);
        }
    }

    synchronized void cohortDefined(EffectCohort definition) {
        cohorts.merge(definition.cohortId(), definition, EffectCohort::definedAgain);
    }

    synchronized Snapshot snapshot() {
        Map<String, List<ActivityChange>> history = new LinkedHashMap<>();
        activities.forEach((id, changes) -> history.put(id, List.copyOf(changes)));
        return new Snapshot(List.copyOf(courses.values()), history, List.copyOf(responses.values()),
                List.copyOf(awarenessSurveys.values()), List.copyOf(referrals.values()), List.copyOf(figures.values()),
                List.copyOf(cohorts.values()));
    }

    private Course course(String courseId) {
        Course course = courses.get(courseId);
        if (course == null) {
            throw new IllegalStateException("a change of course " + courseId + ", whose registration was never acknowledged");
        }
        return course;
    }

    /** The acknowledged state at one moment. */
    record Snapshot(List<Course> courses, Map<String, List<ActivityChange>> activities, List<SurveyAnswer> responses,
                    List<AwarenessSurvey> awarenessSurveys, List<Referral> referrals, List<CompanyFigures> figures,
                    List<EffectCohort> cohorts) {

        /** The version each aggregate of guidance-service must have reached: its number of events. */
        Map<String, Long> guidanceVersions() {
            Map<String, Long> versions = new HashMap<>();
            courses.forEach(c -> versions.put(c.courseId(), c.version()));
            activities.forEach((id, changes) -> versions.put(id, (long) changes.size()));
            return versions;
        }

        /** The same for survey-service's aggregates. */
        Map<String, Long> surveyVersions() {
            Map<String, Long> versions = new HashMap<>();
            responses.forEach(r -> versions.put(r.aggregateId(), 1L));
            awarenessSurveys.forEach(s -> versions.put(s.aggregateId(), 1L));
            referrals.forEach(r -> versions.put(r.aggregateId(), r.version()));
            figures.forEach(f -> versions.put(f.aggregateId(), f.version()));
            cohorts.forEach(c -> versions.put(c.aggregateId(), c.version()));
            return versions;
        }
    }
}
