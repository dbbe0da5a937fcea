package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.EventStoreException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.concurrent.TimeoutException;

/**
 * Why a record was not published, in two kinds. A record the broker can never take as it is (too
 * large for the topic or the producer, not serialisable, for a topic whose name is invalid, refused
 * by the broker's record validation) is the record's own fault: retrying it only blocks everything
 * behind it, so it becomes a dead letter. Everything else (the broker away or slow, metadata not
 * available, a missing topic, missing rights, the database) is the surroundings' fault and may heal:
 * the relay backs off and tries again, nothing is skipped.
 */
final class SendFailures {

    private SendFailures() {
    }

    static boolean isNeverSendable(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof RecordBatchTooLargeException
                || failure instanceof SerializationException
                || failure instanceof InvalidTopicException
                || failure instanceof InvalidRecordException;
    }

    /** The reason kept with a dead letter for the operator: Kafka's own words. */
    static String deadLetterReason(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** A few words for health data, which never carries an exception's text. */
    static String shortReason(Throwable failure) {
        if (failure instanceof EventStoreException) {
            return "database unavailable";
        }
        if (failure instanceof AuthenticationException || failure instanceof AuthorizationException) {
            return "not allowed to write the topic";
        }
        if (failure instanceof TimeoutException || failure instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "broker did not acknowledge in time";
        }
        if (isNeverSendable(failure)) {
            return "record refused by the broker";
        }
        if (failure instanceof KafkaException) {
            return "broker unavailable";
        }
        return "publishing failed";
    }
}
