package dk.erhvervshus.contracts.codes;

/**
 * The Danish company register number: 8 digits whose weighted sum (weights 2,7,6,5,4,3,2,1) is
 * divisible by 11. The check catches most typos before a wrong company is counted in the goals.
 * {@code 00000000} passes the sum but is no company's number (it is what an empty field turns into),
 * so it is not valid. Nothing is stripped: a number with a space is not a CVR number.
 */
public final class Cvr {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final String ALL_ZEROS = "00000000";

    private Cvr() {
    }

    public static boolean hasEightDigits(String value) {
        return value != null && value.length() == 8 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Eight digits that no company can have although their weighted sum is divisible by 11. */
    public static boolean isReserved(String value) {
        return ALL_ZEROS.equals(value);
    }

    public static boolean passesModulus11(String value) {
        if (!hasEightDigits(value)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    public static boolean isValid(String value) {
        return passesModulus11(value) && !isReserved(value);
    }
}
