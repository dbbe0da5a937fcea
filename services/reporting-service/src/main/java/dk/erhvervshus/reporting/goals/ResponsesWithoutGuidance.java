package dk.erhvervshus.reporting.goals;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A data check on the survey goals: responses whose company had no counting course of the house
 * started in Y or Y−1. They still count in the goal (the contract takes Erhvervsstyrelsen's
 * evaluation as it is); the list is for the house to check, e.g. a CVR typed wrong in the CRM.
 * {@code count} is all of them, {@code responses} the first {@value #LISTED} by response id.
 */
public record ResponsesWithoutGuidance(long count, List<ResponseRef> responses) {

    public static final int LISTED = 100;

    public ResponsesWithoutGuidance {
        responses = List.copyOf(responses);
    }

    static ResponsesWithoutGuidance among(Collection<SurveyResponse> responses, GoalFacts facts) {
        Set<String> guided = facts.companiesGuidedInYearOrYearBefore();
        List<SurveyResponse> unmatched = responses.stream()
                .filter(r -> !guided.contains(r.cvr()))
                .sorted(Comparator.comparing(SurveyResponse::responseId))
                .toList();
        return new ResponsesWithoutGuidance(unmatched.size(), unmatched.stream()
                .limit(LISTED)
                .map(r -> new ResponseRef(r.responseId(), r.cvr()))
                .toList());
    }
}
