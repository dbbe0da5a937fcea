package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays the event store: a responseId is recorded once, again it is a duplicate (within a chunk
 * as across chunks and files); ids in {@link #idsOfOtherRecords} belong to another kind of record.
 */
final class InMemoryStore implements RowSink {

    final List<SurveyResponseRecorded> recorded = new ArrayList<>();
    final List<String> handedOver = new ArrayList<>();
    final List<Integer> chunkSizes = new ArrayList<>();
    final Set<String> idsOfOtherRecords = new HashSet<>();
    private final Set<String> responseIds = new HashSet<>();

    @Override
    public List<Admission> admit(List<SurveyResponseRecorded> chunk) {
        chunkSizes.add(chunk.size());
        List<Admission> admissions = new ArrayList<>();
        for (SurveyResponseRecorded response : chunk) {
            handedOver.add(response.responseId());
            if (idsOfOtherRecords.contains(response.responseId())) {
                admissions.add(Admission.ID_TAKEN);
            } else if (!responseIds.add(response.responseId())) {
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
