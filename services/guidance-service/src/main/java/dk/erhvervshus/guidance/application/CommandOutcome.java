package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;

/**
 * @param version the stream's version after the command
 * @param changed false when the command was already satisfied and nothing was appended
 * @param token   the write's consistency token: the events it appended (0 when nothing changed)
 */
public record CommandOutcome(String aggregateId, long version, boolean changed, ConsistencyToken token) {
}
