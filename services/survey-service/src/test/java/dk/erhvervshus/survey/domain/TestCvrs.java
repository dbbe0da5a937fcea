package dk.erhvervshus.survey.domain;

/** Valid, distinct CVR numbers for test data: a 7-digit prefix plus its modulus-11 check digit. */
public final class TestCvrs {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private TestCvrs() {
    }

    /** The n-th test CVR number (n from 0 to about 4 million). */
    public static String valid(int n) {
        // Even prefixes belong to n; when one has no check digit (remainder 10), n takes the odd
        // prefix after it, which no other n uses.
        String cvr = withCheckDigit(1_000_000 + 2 * n);
        return cvr != null ? cvr : withCheckDigit(1_000_000 + 2 * n + 1);
    }

    private static String withCheckDigit(int prefix) {
        String digits = Integer.toString(prefix);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? null : digits + check;
    }
}
