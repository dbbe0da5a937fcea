package dk.erhvervshus.demo;

import java.time.LocalDate;
import java.util.List;

/** One generated guidance course, in the shape of the public API's course fields. */
public record DemoCourse(
        String courseId,
        String cvr,
        String companyName,
        String municipalityCode,
        String category,
        List<String> themes,
        LocalDate startedOn,
        String advisor,
        boolean sustainabilityWheelUsed,
        boolean enrolledInEvaluation,
        String origin,
        LocalDate completedOn,
        String retractionReason) {

    public boolean isRetracted() {
        return retractionReason != null;
    }
}
