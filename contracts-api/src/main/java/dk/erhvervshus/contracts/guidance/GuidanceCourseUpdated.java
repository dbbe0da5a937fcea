package dk.erhvervshus.contracts.guidance;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * Course facts corrected after the start (usually by the CRM). Only the fields that changed are
 * present; an absent (null) field keeps its earlier value. The house and CVR never change: a
 * course registered for the wrong company is retracted and registered again.
 */
public record GuidanceCourseUpdated(
        String courseId,
        String companyName,
        String municipalityCode,
        GuidanceCategory category,
        List<Theme> themes,
        LocalDate startedOn,
        String advisor,
        Boolean sustainabilityWheelUsed,
        Boolean enrolledInEvaluation,
        CourseOrigin origin) implements GuidanceEvent {

    public GuidanceCourseUpdated {
        themes = themes == null ? null : List.copyOf(themes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.updated(this);
    }
}
