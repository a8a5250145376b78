package io.github.ficsdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of the code benchmarks ({@link CreditCodeBenchmark}, {@link DivisionCodeBenchmark}),
 * inherited by each: {@value #SIZE} codes a call, scores per code in nanoseconds (average time),
 * one fork, 2 warm-up and 3 measured iterations of 2 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public abstract class CodeBenchmark {

    /** The codes of one call (the operations per invocation). */
    static final int SIZE = 1024;

    /** Creates the benchmark (JMH does). */
    protected CodeBenchmark() {}
}
