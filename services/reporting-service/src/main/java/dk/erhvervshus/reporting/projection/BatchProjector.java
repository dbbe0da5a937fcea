package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a whole batch in memory before anything is written, so the database sees one upsert per
 * touched course instead of one round trip per event (a rebuild replays millions of events).
 */
public final class BatchProjector {

    private final CourseProjection courses = new CourseProjection();
    private final ActivityStatusProjection activities = new ActivityStatusProjection();

    /**
     * @param existingCourses the stored rows of the courses the batch touches, by course id
     */
    public ProjectedBatch project(List<DecodedEvent> events, Map<String, CourseState> existingCourses) {
        Map<String, CourseState> current = new LinkedHashMap<>(existingCourses);
        Map<String, CourseState> changed = new LinkedHashMap<>();
        List<ActivityStatusRow> reports = new ArrayList<>();
        List<ParkedRecord> parked = new ArrayList<>();
        for (DecodedEvent event : events) {
            DomainEvent payload = event.envelope().payload();
            try {
                if (payload instanceof GuidanceEvent guidance) {
                    CourseState before = current.get(guidance.courseId());
                    CourseState after = courses.apply(before, guidance, event.envelope().version());
                    if (after != before) {
                        current.put(after.courseId(), after);
                        changed.put(after.courseId(), after);
                    }
                } else if (payload instanceof GoalActivityEvent activity) {
                    reports.add(activities.toRow(activity, event.envelope()));
                } else {
                    throw new UnprojectableEventException("no projection reads " + event.envelope().type());
                }
            } catch (UnprojectableEventException e) {
                parked.add(new ParkedRecord(event.record(), e.getMessage()));
            }
        }
        return new ProjectedBatch(changed.values(), reports, parked);
    }
}
