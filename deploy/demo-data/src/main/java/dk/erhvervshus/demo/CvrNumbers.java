package dk.erhvervshus.demo;

import java.util.Collection;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Issues CVR numbers that pass the modulus-11 check, so the demo data survives the API's
 * validation, and never the same number twice: two demo companies sharing a CVR would be one
 * company to the goals (and a cohort company could land in its own control group).
 */
final class CvrNumbers {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private final Random random;
    private final Set<String> issued;

    /** @param taken numbers already in use, which must not be issued again */
    CvrNumbers(Random random, Collection<String> taken) {
        this.random = random;
        this.issued = new HashSet<>(taken);
    }

    String next() {
        while (true) {
            String candidate = candidate();
            if (candidate != null && issued.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Seven random digits and the check digit that completes them, or null when none does. */
    private String candidate() {
        int[] digits = new int[8];
        digits[0] = 1 + random.nextInt(4);
        int sum = digits[0] * WEIGHTS[0];
        for (int i = 1; i < 7; i++) {
            digits[i] = random.nextInt(10);
            sum += digits[i] * WEIGHTS[i];
        }
        int check = (11 - sum % 11) % 11;
        if (check == 10) {
            return null;
        }
        digits[7] = check;
        StringBuilder cvr = new StringBuilder(8);
        for (int d : digits) {
            cvr.append(d);
        }
        return cvr.toString();
    }
}
