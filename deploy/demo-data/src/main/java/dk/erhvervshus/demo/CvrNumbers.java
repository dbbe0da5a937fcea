package dk.erhvervshus.demo;

import java.util.Random;

/** Makes CVR numbers that pass the modulus-11 check, so the demo data survives the API's validation. */
final class CvrNumbers {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private CvrNumbers() {
    }

    static String next(Random random) {
        while (true) {
            int[] digits = new int[8];
            digits[0] = 1 + random.nextInt(4);
            int sum = digits[0] * WEIGHTS[0];
            for (int i = 1; i < 7; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check == 10) {
                continue; // no single digit completes this prefix
            }
            digits[7] = check;
            StringBuilder cvr = new StringBuilder(8);
            for (int d : digits) {
                cvr.append(d);
            }
            return cvr.toString();
        }
    }
}
