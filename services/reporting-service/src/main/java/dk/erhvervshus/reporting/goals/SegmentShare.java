package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;

/** A share of one survey segment, by the goal's own rule; {@code share} (percent units) is null without a denominator. */
public record SegmentShare(Segment segment, long numerator, long denominator, Fraction share) {

    static SegmentShare of(Segment segment, long numerator, long denominator) {
        return new SegmentShare(segment, numerator, denominator,
                denominator == 0 ? null : Fraction.percent(numerator, denominator));
    }
}
