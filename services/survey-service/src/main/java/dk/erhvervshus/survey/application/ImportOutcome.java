package dk.erhvervshus.survey.application;

import dk.erhvervshus.survey.importing.ImportSummary;

import java.time.Duration;

/** A finished import: what became of the rows, and how long reading and storing them took. */
public record ImportOutcome(ImportSummary summary, Duration elapsed) {
}
