package dk.erhvervshus.guidance.api;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.guidance.domain.CourseForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The {@code course} of a CRM change event: the fields of a registration (all of them for
 * COURSE_STARTED, the changed ones for COURSE_UPDATED), {@code completedOn} for COURSE_COMPLETED,
 * {@code reason} for COURSE_RETRACTED.
 */
@Schema(name = "CrmCourse")
public record CrmCourseRequest(
        @Schema(required = true, example = "course-7f1c") String courseId,
        @Schema(example = "nordjylland") String house,
        @Schema(example = "13585628") String cvr,
        String companyName,
        String municipalityCode,
        @Schema(implementation = GuidanceCategory.class) String category,
        @Schema(type = SchemaType.ARRAY, implementation = Theme.class) List<String> themes,
        @Schema(format = "date") String startedOn,
        String advisor,
        Boolean sustainabilityWheelUsed,
        Boolean enrolledInEvaluation,
        @Schema(implementation = CourseOrigin.class) String origin,
        @Schema(format = "date", description = "COURSE_COMPLETED only") String completedOn,
        @Schema(description = "COURSE_RETRACTED only") String reason) {

    CourseForm toForm() {
        return new CourseForm(courseId, house, cvr, companyName, municipalityCode, category, themes, startedOn,
                advisor, sustainabilityWheelUsed, enrolledInEvaluation, origin);
    }
}
