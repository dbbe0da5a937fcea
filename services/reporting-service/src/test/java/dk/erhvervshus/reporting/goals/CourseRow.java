package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;

import java.time.LocalDate;
import java.util.Set;

/** Builds read-model course rows for the hand-computed tables of the calculator tests. */
final class CourseRow {

    private static int sequence;

    private String courseId = "course-" + (++sequence);
    private String house = "nordjylland";
    private final String cvr;
    private String municipality = "851";
    private GuidanceCategory category = GuidanceCategory.GROWTH;
    private Set<Theme> themes = Set.of();
    private LocalDate startedOn = LocalDate.of(2023, 3, 1);
    private boolean retracted;
    private boolean wheel;
    private boolean enrolled = true;

    private CourseRow(String cvr) {
        this.cvr = cvr;
    }

    static CourseRow company(String cvr) {
        return new CourseRow(cvr);
    }

    CourseRow id(String id) {
        this.courseId = id;
        return this;
    }

    CourseRow house(String id) {
        this.house = id;
        return this;
    }

    CourseRow in(String municipalityCode) {
        this.municipality = municipalityCode;
        return this;
    }

    CourseRow category(GuidanceCategory value) {
        this.category = value;
        return this;
    }

    CourseRow themes(Theme... values) {
        this.themes = Set.of(values);
        return this;
    }

    CourseRow startedOn(String isoDate) {
        this.startedOn = LocalDate.parse(isoDate);
        return this;
    }

    CourseRow retracted() {
        this.retracted = true;
        return this;
    }

    CourseRow wheelUsed() {
        this.wheel = true;
        return this;
    }

    CourseRow notEnrolled() {
        this.enrolled = false;
        return this;
    }

    GuidedCourse build() {
        return new GuidedCourse(courseId, house, cvr, municipality, category, themes, startedOn, retracted, wheel, enrolled);
    }
}
