package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.survey.importing.ImportSummary;

import java.time.Duration;

/**
 * A finished import: what became of the rows, how long reading and storing them took, and the one
 * consistency token of the whole import (every accepted row's event carries its writeId).
 */
public record ImportOutcome(ImportSummary summary, Duration elapsed, ConsistencyToken token) {
}
