package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real reference data the tests compute against: Nordjylland's municipalities, key and 2023 catalogue. */
final class Nordjylland {

    static final House HOUSE = Houses.load().find("nordjylland").orElseThrow();
    static final GoalCatalogue CATALOGUE_2023 = new GoalCatalogues().find("nordjylland", 2023).orElseThrow();

    private Nordjylland() {
    }

    static GoalDefinition goal(String id) {
        return CATALOGUE_2023.goal(id).orElseThrow();
    }

    /** The catalogue's goal with one parameter set otherwise, as another year's catalogue could set it. */
    static GoalDefinition goal(String id, String parameter, Object value) {
        GoalDefinition g = goal(id);
        Map<String, Object> parameters = new HashMap<>(g.parameters());
        parameters.put(parameter, value);
        return new GoalDefinition(g.id(), g.contractGoal(), g.title(), g.description(), g.metric(), g.unit(),
                g.comparison(), g.target(), g.feed(), parameters, g.activities());
    }

    static GoalFacts facts(String asOf, List<ActivityStatusChange> activities, CourseRow... courses) {
        return GoalFacts.of(HOUSE, new ContractPeriod(2023, LocalDate.parse(asOf)),
                Arrays.stream(courses).map(CourseRow::build).toList(), activities);
    }

    static GoalFacts facts(String asOf, CourseRow... courses) {
        return facts(asOf, List.of(), courses);
    }
}
