package dk.erhvervshus.survey.application;

/**
 * The result of one committed write.
 *
 * @param aggregateId the stream written (or left as it was)
 * @param version     the stream's version after the write
 */
public record WriteOutcome(String aggregateId, long version, WriteStatus status) {
}
