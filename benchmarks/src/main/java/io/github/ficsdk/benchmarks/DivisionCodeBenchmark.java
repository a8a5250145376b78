package io.github.ficsdk.benchmarks;

import io.github.ficsdk.validation.DivisionCode;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import jakarta.validation.ConstraintValidator;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * Division lookup by code over 1024 codes (7 in 8 known, 1 in 8 unknown): {@code isKnown},
 * {@code lookup} and {@code parse} of known codes, and the constraint validator's path. Scores are
 * per code; run with {@code -prof gc} to see that nothing is allocated.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DivisionCode -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc
 * </pre>
 */
public class DivisionCodeBenchmark extends CodeBenchmark {

    private String[] codes;
    private String[] known;
    /** The validator that {@code @ValidDivisionCode} declares (found through the public annotation, not by its internal class). */
    private final ConstraintValidator<?, CharSequence> validator = DeclaredValidator.of(ValidDivisionCode.class);

    /** Picks the codes from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2260L);
        List<DivisionCode> all = DivisionCode.knownCodes();
        codes = new String[SIZE];
        known = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String code = all.get(random.nextInt(all.size())).toString();
            known[i] = code;
            codes[i] = i % 8 == 7 ? code.substring(0, 4) + "99" : code;
        }
    }

    /**
     * {@code DivisionCode.isKnown} over known and unknown codes.
     *
     * @return the number of known codes
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int isKnown() {
        return Counting.count(codes, code -> DivisionCode.isKnown(code));
    }

    /**
     * {@code DivisionCode.parse} of known codes (the canonical instance is returned).
     *
     * @return a checksum of the levels
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int parseKnown() {
        int n = 0;
        for (String code : known) {
            n += DivisionCode.parse(code).getLevel().ordinal();
        }
        return n;
    }

    /**
     * The constraint validator without a context, over known codes.
     *
     * @return the number of valid codes
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int validatorKnown() {
        return Counting.count(known, code -> validator.isValid(code, null));
    }
}
