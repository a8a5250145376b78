package io.github.ficsdk.validation.internal;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/** Measures what the current thread allocates; skips the test where the JVM cannot tell. */
final class Allocations {

    private Allocations() {}

    /**
     * Runs a check 10 000 times to warm up, then 100 000 times measured.
     *
     * @return the bytes allocated by the measured runs
     */
    static long bytesAllocatedBy(BooleanSupplier check) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long id = Thread.currentThread().getId();
        int passed = 0;
        for (int i = 0; i < 10_000; i++) {
            passed += check.getAsBoolean() ? 1 : 0;
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            passed += check.getAsBoolean() ? 1 : 0;
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        if (passed != 110_000) {
            throw new AssertionError("the check failed " + (110_000 - passed) + " times");
        }
        return allocated;
    }
}
