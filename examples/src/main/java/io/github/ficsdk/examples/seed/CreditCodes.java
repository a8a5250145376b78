package io.github.ficsdk.examples.seed;

/**
 * Makes valid Unified Social Credit Codes (GB 32100-2015) for generated records: the GB 11714
 * check digit of the embedded organisation code and the MOD 31-3 check character of the whole.
 */
final class CreditCodes {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {}

    /**
     * Returns a credit code such as {@code 91330402MA2B00012X…}: prefix ({@code 51} chamber,
     * {@code 91} enterprise), the division, an organisation code built from {@code body} (8
     * characters of the credit-code alphabet) with its GB 11714 check digit, and the check character.
     */
    static String of(String prefix, String division, String body) {
        if (body.length() != 8) {
            throw new IllegalArgumentException("body must have 8 characters - but was: " + body);
        }
        String first17 = prefix + division + body + organizationCheckDigit(body);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * CODE_WEIGHTS[i];
        }
        return first17 + CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: values 0-9 and A-Z = 10-35, weights 3 7 9 10 5 8 4 2, C9 = 11 - sum mod 11. */
    static char organizationCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Writes {@code n} as {@code width} characters of the credit-code alphabet (base 31). */
    static String base31(long n, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = CHARACTERS.charAt((int) (n % 31));
            n /= 31;
        }
        return new String(out);
    }
}
