package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.SegmentShare;

import java.math.BigDecimal;

/** A goal's share within one survey segment (percent units; null without a denominator). */
public record SegmentShareEntry(String segment, long numerator, long denominator, BigDecimal share) {

    static SegmentShareEntry of(SegmentShare s) {
        return new SegmentShareEntry(s.segment().name(), s.numerator(), s.denominator(), Decimals.oneDecimal(s.share()));
    }
}
