package dk.erhvervshus.e2e;

/** Valid CVR numbers (modulus 11) for bulk test data. */
final class Cvrs {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private Cvrs() {
    }

    /** The n-th valid CVR number from 30000000 upwards; distinct for distinct n. */
    static String nth(int n) {
        return first(n + 1).get(n);
    }

    /** The first {@code count} valid CVR numbers from 30000000 upwards, in one pass. */
    static java.util.List<String> first(int count) {
        java.util.List<String> found = new java.util.ArrayList<>(count);
        for (int prefix = 3_000_000; found.size() < count; prefix++) {
            String digits = Integer.toString(prefix);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                found.add(digits + check);
            }
        }
        return found;
    }
}
