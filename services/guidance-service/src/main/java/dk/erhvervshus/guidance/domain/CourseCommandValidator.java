package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.Validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns what a client sent into a typed course command, or rejects it naming every bad field.
 * Reference data (houses, their municipalities) and today's date are inputs, so the rules are the
 * same in tests and in production.
 */
public final class CourseCommandValidator {

    public static final int MAX_COMPANY_NAME = 200;
    public static final int MAX_ADVISOR = 100;
    public static final int MAX_REASON = 500;
    public static final int MAX_MUNICIPALITY_CODE = 10;

    /** Course ids travel in URLs and Kafka keys; ':' is reserved for other aggregates' ids. */
    private static final Pattern COURSE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Houses houses;
    private final KnownHouses knownHouses;
    private final Clock clock;

    public CourseCommandValidator(Houses houses, Clock clock) {
        this.houses = houses;
        this.knownHouses = new KnownHouses(houses);
        this.clock = clock;
    }

    public static boolean isWellFormedCourseId(String courseId) {
        return courseId != null && COURSE_ID.matcher(courseId).matches();
    }

    public StartCourse toStart(CourseForm form) {
        Validation v = new Validation(clock);
        String courseId = courseId(v, form.courseId());
        House house = knownHouses.requireOnboarded(v, "house", form.house());
        String cvr = v.requiredCvr("cvr", form.cvr());
        String companyName = v.requiredText("companyName", form.companyName(), MAX_COMPANY_NAME);
        String municipalityCode = v.requiredText("municipalityCode", form.municipalityCode(), MAX_MUNICIPALITY_CODE);
        if (house != null && municipalityCode != null) {
            requireMunicipalityOf(v, house, municipalityCode);
        }
        GuidanceCategory category = v.requiredCode("category", form.category(), GuidanceCategory.class);
        List<Theme> themes = v.requiredCodes("themes", form.themes(), Theme.class);
        LocalDate startedOn = v.requiredDate("startedOn", form.startedOn());
        String advisor = v.optionalTextRejectingBlank("advisor", form.advisor(), MAX_ADVISOR);
        Boolean wheelUsed = v.requiredFlag("sustainabilityWheelUsed", form.sustainabilityWheelUsed());
        Boolean enrolled = v.requiredFlag("enrolledInEvaluation", form.enrolledInEvaluation());
        CourseOrigin origin = v.requiredCode("origin", form.origin(), CourseOrigin.class);
        v.throwIfInvalid();
        return new StartCourse(courseId, new CourseDetails(house.id(), cvr, companyName, municipalityCode, category,
                themes, startedOn, advisor, wheelUsed, enrolled, origin));
    }

    /**
     * Only the fields present are checked. House and CVR identify what is being counted and never
     * change: naming another one is an error (retract the course and register it again).
     */
    public UpdateCourse toUpdate(CourseForm form, CourseDetails current) {
        Validation v = new Validation(clock);
        String courseId = courseId(v, form.courseId());
        if (form.house() != null && !Objects.equals(form.house(), current.house())) {
            v.reject("house", "cannot be changed; retract the course and register it again");
        }
        if (form.cvr() != null && !Objects.equals(form.cvr(), current.cvr())) {
            v.reject("cvr", "cannot be changed; retract the course and register it again");
        }
        String companyName = v.optionalTextRejectingBlank("companyName", form.companyName(), MAX_COMPANY_NAME);
        String municipalityCode = v.optionalTextRejectingBlank("municipalityCode", form.municipalityCode(),
                MAX_MUNICIPALITY_CODE);
        if (municipalityCode != null) {
            houses.find(current.house()).ifPresent(house -> requireMunicipalityOf(v, house, municipalityCode));
        }
        GuidanceCategory category = v.optionalCode("category", form.category(), GuidanceCategory.class);
        List<Theme> themes = form.themes() == null ? null : v.requiredCodes("themes", form.themes(), Theme.class);
        LocalDate startedOn = v.optionalDate("startedOn", form.startedOn());
        String advisor = v.optionalTextRejectingBlank("advisor", form.advisor(), MAX_ADVISOR);
        CourseOrigin origin = v.optionalCode("origin", form.origin(), CourseOrigin.class);
        v.throwIfInvalid();
        return new UpdateCourse(courseId, new CourseChanges(companyName, municipalityCode, category, themes,
                startedOn, advisor, form.sustainabilityWheelUsed(), form.enrolledInEvaluation(), origin));
    }

    public CompleteCourse toCompletion(String courseId, String completedOn) {
        Validation v = new Validation(clock);
        String id = courseId(v, courseId);
        LocalDate date = v.requiredDate("completedOn", completedOn);
        v.throwIfInvalid();
        return new CompleteCourse(id, date);
    }

    public RetractCourse toRetraction(String courseId, String reason) {
        Validation v = new Validation(clock);
        String id = courseId(v, courseId);
        String text = v.requiredText("reason", reason, MAX_REASON);
        v.throwIfInvalid();
        return new RetractCourse(id, text);
    }

    private static String courseId(Validation v, String value) {
        if (value == null || value.isBlank()) {
            v.reject("courseId", "is required");
            return null;
        }
        if (!v.acceptableText("courseId", value)) {
            return null;
        }
        if (!isWellFormedCourseId(value)) {
            v.reject("courseId", "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
            return null;
        }
        return value;
    }

    private static void requireMunicipalityOf(Validation v, House house, String code) {
        if (house.municipality(code).isEmpty()) {
            v.reject("municipalityCode", "municipality '" + code + "' does not belong to house '" + house.id() + "'");
        }
    }
}
