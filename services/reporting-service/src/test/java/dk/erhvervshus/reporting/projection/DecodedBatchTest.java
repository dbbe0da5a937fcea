package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecodedBatchTest {

    @Test
    void golden_samples_decode_into_events() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 0, 10),
                Records.golden("guidance.activity-status-changed.v1", 0, 11)));

        assertThat(batch.events()).hasSize(2);
        assertThat(batch.malformed()).isEmpty();
        assertThat(batch.courseIds()).containsExactly("course-7f1c");
    }

    @Test
    void survey_golden_samples_decode_and_name_the_referrals_to_load() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("survey.response-recorded.v1", 0, 1),
                Records.golden("survey.referral-made.v1", 1, 1),
                Records.golden("survey.referral-outcome-reported.v1", 1, 2),
                Records.golden("survey.company-figures-reported.v1", 2, 1)));

        assertThat(batch.events()).hasSize(4);
        assertThat(batch.malformed()).isEmpty();
        assertThat(batch.courseIds()).isEmpty();
        assertThat(batch.referralKeys()).containsExactly(new PerHouseId("nordjylland", "REF-2023-0042"));
        assertThat(batch.nextOffsets()).containsEntry(new TopicPartition(Topics.SURVEY_EVENTS, 1), 3L);
    }

    @Test
    void malformed_records_are_parked_with_the_reason_and_the_rest_still_decodes() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.raw("{not json", 0, 1),
                Records.raw("{\"type\":\"guidance.course-exploded.v9\",\"payload\":{}}", 0, 2),
                Records.raw(null, 0, 3),
                Records.golden("guidance.course-started.v1", 0, 4)));

        assertThat(batch.malformed()).extracting(p -> p.record().offset()).containsExactly(1L, 2L, 3L);
        assertThat(batch.malformed().get(0).reason()).contains("not a JSON event envelope");
        assertThat(batch.malformed().get(1).reason()).contains("unknown event type guidance.course-exploded.v9");
        assertThat(batch.malformed().get(2).reason()).isEqualTo("record has no value");
        assertThat(batch.events()).hasSize(1);
    }

    @Test
    void the_next_offset_of_each_partition_follows_its_last_record_even_a_parked_one() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 0, 7),
                Records.golden("guidance.course-updated.v1", 0, 8),
                Records.raw("garbage", 3, 41)));

        assertThat(batch.nextOffsets()).containsExactly(
                java.util.Map.entry(new TopicPartition(Topics.GUIDANCE_EVENTS, 0), 9L),
                java.util.Map.entry(new TopicPartition(Topics.GUIDANCE_EVENTS, 3), 42L));
    }
}
