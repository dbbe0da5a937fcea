package dk.erhvervshus.reference;

import java.math.BigDecimal;

/** How an actual value is held against the target: "at least 800" or "more than 0 pp". */
public enum Comparison {
    AT_LEAST,
    GREATER_THAN;

    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return this == AT_LEAST ? c >= 0 : c > 0;
    }
}
