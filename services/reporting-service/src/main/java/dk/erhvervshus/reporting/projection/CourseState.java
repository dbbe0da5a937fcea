package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the {@code courses} read model: the latest known facts of one course, and the version of
 * the last event applied to it, which makes applying an event twice a no-op.
 */
public record CourseState(
        String courseId,
        String house,
        String cvr,
        String companyName,
        String municipalityCode,
        GuidanceCategory category,
        List<Theme> themes,
        LocalDate startedOn,
        LocalDate completedOn,
        boolean retracted,
        String retractionReason,
        boolean sustainabilityWheelUsed,
        boolean enrolledInEvaluation,
        CourseOrigin origin,
        long lastVersion) implements FactRow {

    public CourseState {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
