package dk.erhvervshus.guidance.domain;

import java.util.List;

/**
 * Course fields exactly as a client sent them (codes and dates still text), so that
 * {@link CourseCommandValidator} can report every bad field at once instead of the JSON reader
 * stopping at the first unknown code. For an update, null means "not changed".
 */
public record CourseForm(
        String courseId,
        String house,
        String cvr,
        String companyName,
        String municipalityCode,
        String category,
        List<String> themes,
        String startedOn,
        String advisor,
        Boolean sustainabilityWheelUsed,
        Boolean enrolledInEvaluation,
        String origin) {
}
