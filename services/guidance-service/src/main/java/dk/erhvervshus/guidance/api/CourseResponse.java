package dk.erhvervshus.guidance.api;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.guidance.domain.CourseDetails;
import dk.erhvervshus.guidance.domain.CourseStatus;
import dk.erhvervshus.guidance.domain.GuidanceCourse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A course as it stands now, folded from its events. */
@Schema(name = "GuidanceCourse")
public record CourseResponse(
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
        CourseOrigin origin,
        CourseStatus status,
        @Schema(description = "set once the course is completed") LocalDate completedOn,
        @Schema(description = "set once the course is retracted") String retractionReason,
        @Schema(description = "number of events in the course's stream") long version) {

    static CourseResponse of(GuidanceCourse course) {
        CourseDetails d = course.details();
        return new CourseResponse(course.courseId(), d.house(), d.cvr(), d.companyName(), d.municipalityCode(),
                d.category(), d.themes(), d.startedOn(), d.advisor(), d.sustainabilityWheelUsed(),
                d.enrolledInEvaluation(), d.origin(), course.status(), course.completedOn().orElse(null),
                course.retractionReason().orElse(null), course.version());
    }
}
