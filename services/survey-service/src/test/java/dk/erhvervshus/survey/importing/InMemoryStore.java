package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Plays the event store: a responseId is recorded once, again it is a duplicate. */
final class InMemoryStore implements RowSink {

    final List<SurveyResponseRecorded> recorded = new ArrayList<>();
    final List<Integer> rowNumbersSeen = new ArrayList<>();
    private final Set<String> responseIds = new HashSet<>();

    @Override
    public Admission accept(int rowNumber, SurveyResponseRecorded response) {
        rowNumbersSeen.add(rowNumber);
        if (!responseIds.add(response.responseId())) {
            return Admission.DUPLICATE;
        }
        recorded.add(response);
        return Admission.ACCEPTED;
    }

    List<String> recordedIds() {
        return recorded.stream().map(SurveyResponseRecorded::responseId).toList();
    }
}
