package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays the event store: a responseId is recorded once per house, again in the same house it is a
 * duplicate (within a chunk as across chunks and files).
 */
final class InMemoryStore implements RowSink {

    final List<SurveyResponseRecorded> recorded = new ArrayList<>();
    final List<String> handedOver = new ArrayList<>();
    final List<Integer> chunkSizes = new ArrayList<>();
    private final Set<List<String>> houseAndResponseIds = new HashSet<>();

    @Override
    public List<Admission> admit(List<SurveyResponseRecorded> chunk) {
        chunkSizes.add(chunk.size());
        List<Admission> admissions = new ArrayList<>();
        for (SurveyResponseRecorded response : chunk) {
            handedOver.add(response.responseId());
            if (!houseAndResponseIds.add(List.of(response.house(), response.responseId()))) {
                admissions.add(Admission.DUPLICATE);
            } else {
                recorded.add(response);
                admissions.add(Admission.ACCEPTED);
            }
        }
        return admissions;
    }

    List<String> recordedIds() {
        return recorded.stream().map(SurveyResponseRecorded::responseId).toList();
    }
}
