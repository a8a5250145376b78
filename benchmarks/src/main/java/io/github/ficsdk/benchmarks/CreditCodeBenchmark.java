package io.github.ficsdk.benchmarks;

import cn.hutool.core.util.CreditCodeUtil;
import io.github.ficsdk.validation.CreditCode;
import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.constraints.ValidCreditCode;
import jakarta.validation.ConstraintValidator;
import io.github.ficsdk.validation.DivisionCode;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Credit-code checking, side by side on the same 1024 codes: FIC's {@code CreditCode.isValid},
 * the constraint validator's path ({@code CreditCodeValidator.isValid} without a Bean Validation
 * context, as on its happy path), the layered {@code CreditCode.check}, and hutool's
 * {@code CreditCodeUtil.isCreditCode}. Scores are per code.
 *
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CreditCode -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc
 * </pre>
 *
 * <p>{@code set=valid}: plausible codes (prefixes 91/92/93/51, known divisions of the bundled table, right
 * organisation codes and check characters), no findings. {@code set=invalid}: the same codes
 * with one character of the first 17 replaced (a typo), so the check character fails.
 */
public class CreditCodeBenchmark extends CodeBenchmark {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] PREFIXES = {"91", "91", "91", "92", "93", "51"};
    private static final List<DivisionCode> DIVISIONS = DivisionCode.knownCodes();

    /** Which codes: {@code valid} or {@code invalid}. */
    @Param({"valid", "invalid"})
    public String set;

    private String[] codes;
    /** The validator that {@code @ValidCreditCode} declares (found through the public annotation, not by its internal class). */
    private final ConstraintValidator<?, CharSequence> validator = DeclaredValidator.of(ValidCreditCode.class);

    /** Generates the codes from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20150601L);
        codes = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String code = validCode(random);
            if (set.equals("invalid")) {
                int position = random.nextInt(17);
                char replaced = code.charAt(position);
                char typo;
                do {
                    typo = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                } while (typo == replaced);
                code = code.substring(0, position) + typo + code.substring(position + 1);
            }
            codes[i] = code;
        }
        for (String code : codes) {
            if (CreditCode.isValid(code) != set.equals("valid") || CreditCodeUtil.isCreditCode(code) != set.equals("valid")) {
                throw new IllegalStateException("generator broken: " + code);
            }
        }
    }

    static String validCode(SplittableRandom random) {
        StringBuilder code = new StringBuilder(18);
        code.append(PREFIXES[random.nextInt(PREFIXES.length)]);
        code.append(DIVISIONS.get(random.nextInt(DIVISIONS.size())));
        // Organisation code: 8 characters of the credit-code alphabet and a GB 11714 check digit.
        int sum = 0;
        int[] organizationWeights = {3, 7, 9, 10, 5, 8, 4, 2};
        for (int i = 0; i < 8; i++) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            code.append(c);
            sum += Character.digit(c, 36) * organizationWeights[i];
        }
        int check = 11 - sum % 11;
        code.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /**
     * FIC: the fast boolean check (format and check character).
     *
     * @return the number of valid codes
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int ficIsValid() {
        return Counting.count(codes, code -> CreditCode.isValid(code));
    }

    /**
     * FIC: the Bean Validation constraint's validator, every layer, without a context.
     *
     * @return the number of codes without findings
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int ficValidator() {
        return Counting.count(codes, code -> validator.isValid(code, null));
    }

    /**
     * FIC: the layered check with findings (what the validator runs).
     *
     * @return the number of codes without findings
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int ficCheck() {
        return Counting.count(codes, code -> CreditCode.check(code, CreditCodeKind.ANY).isEmpty());
    }

    /**
     * hutool 5.8: {@code CreditCodeUtil.isCreditCode}.
     *
     * @return the number of valid codes
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int hutool() {
        return Counting.count(codes, code -> CreditCodeUtil.isCreditCode(code));
    }
}
