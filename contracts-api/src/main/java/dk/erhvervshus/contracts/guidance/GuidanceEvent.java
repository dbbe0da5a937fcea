package dk.erhvervshus.contracts.guidance;

import dk.erhvervshus.contracts.DomainEvent;

/** The closed family of events of one guidance course (forløb); the aggregate id is the course id. */
public sealed interface GuidanceEvent extends DomainEvent
        permits GuidanceCourseStarted, GuidanceCourseUpdated, GuidanceCourseCompleted, GuidanceCourseRetracted {

    String courseId();

    /** Lets a consumer handle every event of the family; adding an event breaks every visitor at compile time. */
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R started(GuidanceCourseStarted event);

        R updated(GuidanceCourseUpdated event);

        R completed(GuidanceCourseCompleted event);

        R retracted(GuidanceCourseRetracted event);
    }
}
