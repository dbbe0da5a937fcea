package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;

import java.time.LocalDate;
import java.util.Set;

/** One course of the read model, as far as the goals need it: its latest known facts. */
public record GuidedCourse(
        String courseId,
        String house,
        String cvr,
        String municipalityCode,
        GuidanceCategory category,
        Set<Theme> themes,
        LocalDate startedOn,
        boolean retracted,
        boolean sustainabilityWheelUsed,
        boolean enrolledInEvaluation) {

    public GuidedCourse {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    public boolean hasTheme(Theme theme) {
        return themes.contains(theme);
    }
}
