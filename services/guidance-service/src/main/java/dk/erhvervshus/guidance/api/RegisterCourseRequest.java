package dk.erhvervshus.guidance.api;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.guidance.domain.CourseForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Body of POST /api/v1/guidance-courses. Codes and dates are read as text so that the validator can
 * report every bad field at once (an unknown code is a field error, not an unreadable body).
 */
@Schema(name = "CourseRegistration", description = "A specialised guidance course of one company (CVR)")
public record RegisterCourseRequest(
        @Schema(description = "Client-chosen id (letters, digits, '.', '_', '-'; max 100); generated when absent",
                example = "course-7f1c") String courseId,
        @Schema(required = true, example = "nordjylland") String house,
        @Schema(required = true, description = "8 digits passing the modulus-11 check", example = "13585628") String cvr,
        @Schema(required = true, maxLength = 200, example = "Eksempel ApS") String companyName,
        @Schema(required = true, description = "kommunekode of one of the house's municipalities", example = "851")
        String municipalityCode,
        @Schema(required = true, implementation = GuidanceCategory.class) String category,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Theme.class, minItems = 1,
                uniqueItems = true) List<String> themes,
        @Schema(required = true, format = "date", description = "ISO date, not after today", example = "2023-02-01")
        String startedOn,
        @Schema(maxLength = 100, example = "Mette Jensen") String advisor,
        @Schema(required = true) Boolean sustainabilityWheelUsed,
        @Schema(required = true) Boolean enrolledInEvaluation,
        @Schema(required = true, implementation = CourseOrigin.class) String origin) {

    CourseForm toForm() {
        return new CourseForm(courseId, house, cvr, companyName, municipalityCode, category, themes, startedOn,
                advisor, sustainabilityWheelUsed, enrolledInEvaluation, origin);
    }
}
