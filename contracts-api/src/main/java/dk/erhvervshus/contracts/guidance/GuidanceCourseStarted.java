package dk.erhvervshus.contracts.guidance;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;

import java.time.LocalDate;
import java.util.List;

/** A company (CVR) began a specialised guidance course with the house. */
public record GuidanceCourseStarted(
        String courseId,
        String house,
        String cvr,
        String companyName,
        String municipalityCode,
        GuidanceCategory category,
        List<Theme> themes,
        LocalDate startedOn,
        String advisor,
        boolean sustainabilityWheelUsed,
        boolean enrolledInEvaluation,
        CourseOrigin origin) implements GuidanceEvent {

    public GuidanceCourseStarted {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.started(this);
    }
}
