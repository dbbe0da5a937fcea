package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;

/**
 * Turns activity events into history rows. The history keeps every report, not only the latest,
 * because goals are asked "as of" a date. {@link GoalActivityEvent} has no visitor; the unit test
 * walking its permitted subclasses fails when an event is added without a branch here.
 */
public final class ActivityStatusProjection {

    public ActivityStatusRow toRow(GoalActivityEvent event, EventEnvelope envelope) {
        if (event instanceof GoalActivityStatusChanged changed) {
            return new ActivityStatusRow(changed.house(), changed.year(), changed.activityId(), envelope.version(),
                    changed.changedOn(), changed.status(), changed.note(), envelope.eventId(), envelope.recordedAt());
        }
        throw new UnprojectableEventException("no projection for " + event.getClass().getSimpleName());
    }
}
