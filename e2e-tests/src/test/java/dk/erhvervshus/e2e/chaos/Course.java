package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A guidance course of the load as guidance-service's rules make it: registered (version 1), then
 * each change that really changes something is one more event and version. The generator plays
 * these rules to plan only valid changes, and the ground truth plays them again on what was
 * acknowledged. Themes are kept in code order, as the load sends them, so a list compares like a set.
 */
record Course(String courseId, String cvr, String companyName, String municipalityCode, GuidanceCategory category,
              List<Theme> themes, LocalDate startedOn, boolean sustainabilityWheelUsed, boolean enrolledInEvaluation,
              CourseOrigin origin, LocalDate completedOn, boolean retracted, String retractionReason, long version) {

    static final String HOUSE = "nordjylland";

    Course {
        themes = themes.stream().sorted().distinct().toList();
    }

    static Course registered(String courseId, String cvr, String municipalityCode, GuidanceCategory category,
                             List<Theme> themes, LocalDate startedOn, boolean wheel, boolean enrolled, CourseOrigin origin) {
        return new Course(courseId, cvr, "Chaos " + cvr + " ApS", municipalityCode, category, themes, startedOn, wheel,
                enrolled, origin, null, false, null, 1);
    }

    Course withId(String id) {
        return new Course(id, cvr, companyName, municipalityCode, category, themes, startedOn, sustainabilityWheelUsed,
                enrolledInEvaluation, origin, completedOn, retracted, retractionReason, version);
    }

    /** The course after a CRM update: a new version only when some field really differs. */
    Course updated(Update update) {
        Course next = new Course(courseId, cvr,
                Objects.requireNonNullElse(update.companyName(), companyName),
                Objects.requireNonNullElse(update.municipalityCode(), municipalityCode),
                Objects.requireNonNullElse(update.category(), category),
                Objects.requireNonNullElse(update.themes(), themes),
                Objects.requireNonNullElse(update.startedOn(), startedOn),
                Objects.requireNonNullElse(update.sustainabilityWheelUsed(), sustainabilityWheelUsed),
                Objects.requireNonNullElse(update.enrolledInEvaluation(), enrolledInEvaluation),
                origin, completedOn, retracted, retractionReason, version);
        return next.equals(this) ? this : next.nextVersion();
    }

    /** Completing with the date already recorded changes nothing. */
    Course completed(LocalDate on) {
        if (on.equals(completedOn)) {
            return this;
        }
        return new Course(courseId, cvr, companyName, municipalityCode, category, themes, startedOn,
                sustainabilityWheelUsed, enrolledInEvaluation, origin, on, retracted, retractionReason, version + 1);
    }

    /** Retracting a retracted course changes nothing: the first reason stands. */
    Course retractedFor(String reason) {
        if (retracted) {
            return this;
        }
        return new Course(courseId, cvr, companyName, municipalityCode, category, themes, startedOn,
                sustainabilityWheelUsed, enrolledInEvaluation, origin, completedOn, true, reason, version + 1);
    }

    private Course nextVersion() {
        return new Course(courseId, cvr, companyName, municipalityCode, category, themes, startedOn,
                sustainabilityWheelUsed, enrolledInEvaluation, origin, completedOn, retracted, retractionReason, version + 1);
    }

    /** The fields a CRM update names; null is "not mentioned". */
    record Update(String companyName, String municipalityCode, GuidanceCategory category, List<Theme> themes,
                  LocalDate startedOn, Boolean sustainabilityWheelUsed, Boolean enrolledInEvaluation) {

        Update {
            themes = themes == null ? null : themes.stream().sorted().distinct().toList();
        }
    }
}
