package dk.erhvervshus.reporting.goals;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Goals count companies, not courses: a company is a distinct CVR. */
final class Companies {

    private Companies() {
    }

    static Set<String> of(Collection<GuidedCourse> courses) {
        return courses.stream().map(GuidedCourse::cvr).collect(Collectors.toSet());
    }
}
