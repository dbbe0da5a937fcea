package dk.erhvervshus.e2e;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids and CVR numbers never used before in this JVM, for the valid part of generated bodies: a body
 * that is wrongly believed invalid then shows up as accepted instead of hiding behind "duplicate".
 */
final class FreshIds {

    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    /** Part of every id, so that ids of two runs against the same database do not meet either. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong NEXT_ID = new AtomicLong();
    /** 7-digit CVR prefixes from 6,000,000 up: apart from the ranges of Cvrs and the other tests. */
    private static final AtomicLong NEXT_CVR_PREFIX = new AtomicLong(6_000_000);

    private FreshIds() {
    }

    /** {@code prefix-<run>-<n>}: 1-100 of A-Z a-z 0-9 . _ -, as every record id must be. */
    static String id(String prefix) {
        return prefix + "-" + RUN + "-" + NEXT_ID.incrementAndGet();
    }

    /** A valid CVR number (modulus 11) not handed out before. */
    static String cvr() {
        while (true) {
            String digits = Long.toString(NEXT_CVR_PREFIX.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < CVR_WEIGHTS.length; i++) {
                sum += (digits.charAt(i) - '0') * CVR_WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits + check;
            }
        }
    }
}
