package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.EventStoreException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SendFailuresTest {

    @Test
    void only_a_failure_of_the_record_itself_is_never_sendable() {
        assertThat(SendFailures.isNeverSendable(new RecordTooLargeException("too large"))).isTrue();
        assertThat(SendFailures.isNeverSendable(new SerializationException("bad"))).isTrue();
        assertThat(SendFailures.isNeverSendable(new InvalidTopicException("bad name"))).isTrue();

        assertThat(SendFailures.isNeverSendable(new TimeoutException("metadata"))).isFalse();
        assertThat(SendFailures.isNeverSendable(new NetworkException("gone"))).isFalse();
        // Missing rights are fixed for the whole topic; dead-lettering would park every stream one by one.
        assertThat(SendFailures.isNeverSendable(new TopicAuthorizationException(Set.of("survey-events")))).isFalse();
    }

    @Test
    void a_dead_letter_keeps_kafkas_words_and_health_data_only_a_few_of_our_own() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("The request included a message larger than "
                + "the max message size the server will accept.");

        assertThat(SendFailures.deadLetterReason(tooLarge)).isEqualTo("RecordTooLargeException: The request "
                + "included a message larger than the max message size the server will accept.");
        assertThat(SendFailures.shortReason(new TimeoutException("Expiring 3 record(s)")))
                .isEqualTo("broker did not acknowledge in time");
        assertThat(SendFailures.shortReason(new EventStoreException("transaction failed: x", new SQLException("x"))))
                .isEqualTo("database unavailable");
        assertThat(SendFailures.shortReason(new TopicAuthorizationException(Set.of("survey-events"))))
                .isEqualTo("not allowed to write the topic");
        assertThat(SendFailures.shortReason(new IllegalStateException("boom"))).isEqualTo("publishing failed");
    }
}
