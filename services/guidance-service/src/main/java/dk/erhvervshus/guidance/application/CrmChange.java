package dk.erhvervshus.guidance.application;

import dk.erhvervshus.guidance.domain.CourseForm;

/**
 * One CRM change event as received, still unvalidated.
 *
 * @param course      the course fields; for COURSE_UPDATED only those that changed
 * @param completedOn {@code course.completedOn}, for COURSE_COMPLETED
 * @param reason      {@code course.reason}, for COURSE_RETRACTED
 */
public record CrmChange(
        String crmEventId,
        String type,
        String occurredAt,
        CourseForm course,
        String completedOn,
        String reason) {
}
