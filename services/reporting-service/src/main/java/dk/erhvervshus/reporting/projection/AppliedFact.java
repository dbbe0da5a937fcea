package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;

/**
 * One applied event and the fact it left: {@code after} is the new version; {@code before} the
 * version it replaced where the projection evolves the fact from the stored row (courses and
 * referrals), else null (the other families carry their whole state in each event).
 */
public record AppliedFact(EventEnvelope envelope, FactRow before, FactRow after) {
}
