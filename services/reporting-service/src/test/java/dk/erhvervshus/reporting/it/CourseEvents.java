package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Envelopes as guidance-service publishes them, built from the contracts-api records. */
final class CourseEvents {

    static final String HOUSE = "nordjylland";

    private final String courseId = "course-" + UUID.randomUUID();
    private String cvr;
    private String municipality = "851";
    private GuidanceCategory category = GuidanceCategory.GROWTH;
    private List<Theme> themes = List.of();
    private LocalDate startedOn = LocalDate.of(2023, 3, 1);
    private boolean wheel;
    private boolean enrolled = true;

    private CourseEvents(String cvr) {
        this.cvr = cvr;
    }

    static CourseEvents course(String cvr) {
        return new CourseEvents(cvr);
    }

    CourseEvents in(String municipalityCode) {
        this.municipality = municipalityCode;
        return this;
    }

    CourseEvents category(GuidanceCategory value) {
        this.category = value;
        return this;
    }

    CourseEvents themes(Theme... values) {
        this.themes = List.of(values);
        return this;
    }

    CourseEvents startedOn(String isoDate) {
        this.startedOn = LocalDate.parse(isoDate);
        return this;
    }

    CourseEvents wheelUsed() {
        this.wheel = true;
        return this;
    }

    CourseEvents notEnrolled() {
        this.enrolled = false;
        return this;
    }

    EventEnvelope started() {
        return envelope(courseId, 1, new GuidanceCourseStarted(courseId, HOUSE, cvr, "Virksomhed " + cvr, municipality,
                category, themes, startedOn, "Rådgiver", wheel, enrolled, CourseOrigin.DIRECT));
    }

    String id() {
        return courseId;
    }

    /** An update giving the company another name. */
    EventEnvelope renamed(String companyName, long version) {
        return envelope(courseId, version, new GuidanceCourseUpdated(courseId, companyName, null, null, null, null,
                null, null, null, null));
    }

    EventEnvelope movedTo(String isoDate, long version) {
        return envelope(courseId, version, new GuidanceCourseUpdated(courseId, null, null, null, null,
                LocalDate.parse(isoDate), null, null, null, null));
    }

    EventEnvelope retracted(long version) {
        return envelope(courseId, version, new GuidanceCourseRetracted(courseId, "registered in error"));
    }

    static EventEnvelope activity(String activityId, ActivityStatus status, String changedOn, long version) {
        return envelope(GoalActivityEvent.aggregateId(HOUSE, 2023, activityId), version,
                new GoalActivityStatusChanged(HOUSE, 2023, activityId, status, "rapporteret", LocalDate.parse(changedOn)));
    }

    private static EventEnvelope envelope(String aggregateId, long version, DomainEvent payload) {
        Instant now = Instant.now();
        return new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(payload.getClass()), aggregateId, version, 0,
                now, now, "guidance-service", HOUSE, "reporting-it", "crm-nordjylland", payload);
    }
}
