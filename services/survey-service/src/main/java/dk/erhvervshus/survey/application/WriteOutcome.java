package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.ConsistencyToken;

/**
 * The result of one committed write.
 *
 * @param recordId the record's id as the client chose it (surveyId, referralId, cohortId); its
 *                 stream's aggregate id also names the house. Register figures have no id of their
 *                 own: theirs is the aggregate id ({@code figures:<cvr>:<year>})
 * @param version  the stream's version after the write
 * @param token    the write's consistency token: the events it appended (0 when nothing was stored)
 */
public record WriteOutcome(String recordId, long version, WriteStatus status, ConsistencyToken token) {
}
