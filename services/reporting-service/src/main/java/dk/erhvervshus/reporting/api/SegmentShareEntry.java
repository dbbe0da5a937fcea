package dk.erhvervshus.reporting.api;

import java.math.BigDecimal;

/** A goal's share within one survey segment (percent units; null without a denominator). */
public record SegmentShareEntry(String segment, long numerator, long denominator, BigDecimal share) {
}
