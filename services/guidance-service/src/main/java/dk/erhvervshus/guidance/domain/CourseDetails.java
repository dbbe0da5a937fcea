package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;

import java.time.LocalDate;
import java.util.List;

/** The validated facts of a course as they currently stand. */
public record CourseDetails(
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
        CourseOrigin origin) {

    public CourseDetails {
        themes = List.copyOf(themes);
    }

    public static CourseDetails of(GuidanceCourseStarted started) {
        return new CourseDetails(started.house(), started.cvr(), started.companyName(), started.municipalityCode(),
                started.category(), started.themes(), started.startedOn(), started.advisor(),
                started.sustainabilityWheelUsed(), started.enrolledInEvaluation(), started.origin());
    }

    public GuidanceCourseStarted startedEvent(String courseId) {
        return new GuidanceCourseStarted(courseId, house, cvr, companyName, municipalityCode, category, themes,
                startedOn, advisor, sustainabilityWheelUsed, enrolledInEvaluation, origin);
    }

    /** These facts with the fields an update carries; absent (null) fields keep their value. */
    public CourseDetails with(GuidanceCourseUpdated update) {
        return new CourseDetails(house, cvr,
                orKeep(update.companyName(), companyName),
                orKeep(update.municipalityCode(), municipalityCode),
                orKeep(update.category(), category),
                orKeep(update.themes(), themes),
                orKeep(update.startedOn(), startedOn),
                orKeep(update.advisor(), advisor),
                orKeep(update.sustainabilityWheelUsed(), sustainabilityWheelUsed),
                orKeep(update.enrolledInEvaluation(), enrolledInEvaluation),
                orKeep(update.origin(), origin));
    }

    private static <T> T orKeep(T changed, T current) {
        return changed != null ? changed : current;
    }
}
