package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validated new values for some course fields; null means "not mentioned". The CRM may send
 * fields that did not really change, so {@link #against} keeps only real differences.
 */
public record CourseChanges(
        String companyName,
        String municipalityCode,
        GuidanceCategory category,
        List<Theme> themes,
        LocalDate startedOn,
        String advisor,
        Boolean sustainabilityWheelUsed,
        Boolean enrolledInEvaluation,
        CourseOrigin origin) {

    public CourseChanges {
        themes = themes == null ? null : List.copyOf(themes);
    }

    /** The update event carrying only the fields that differ from {@code current}; empty if none do. */
    public Optional<GuidanceCourseUpdated> against(String courseId, CourseDetails current) {
        GuidanceCourseUpdated update = new GuidanceCourseUpdated(courseId,
                changed(companyName, current.companyName()),
                changed(municipalityCode, current.municipalityCode()),
                changed(category, current.category()),
                changed(themes, current.themes()),
                changed(startedOn, current.startedOn()),
                changed(advisor, current.advisor()),
                changed(sustainabilityWheelUsed, current.sustainabilityWheelUsed()),
                changed(enrolledInEvaluation, current.enrolledInEvaluation()),
                changed(origin, current.origin()));
        boolean nothingChanged = update.companyName() == null && update.municipalityCode() == null
                && update.category() == null && update.themes() == null && update.startedOn() == null
                && update.advisor() == null && update.sustainabilityWheelUsed() == null
                && update.enrolledInEvaluation() == null && update.origin() == null;
        return nothingChanged ? Optional.empty() : Optional.of(update);
    }

    private static <T> T changed(T proposed, T current) {
        return proposed == null || Objects.equals(proposed, current) ? null : proposed;
    }
}
