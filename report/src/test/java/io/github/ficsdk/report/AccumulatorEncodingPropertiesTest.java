package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The encoding of a partial result ({@link ReportAccumulator#toBytes()}) loses nothing, and
 * merging partial results, encoded or not, is associative and commutative.
 */
class AccumulatorEncodingPropertiesTest {

    private static final ReportEngine ENGINE = ReportEngine.standard();

    @Provide
    Arbitrary<List<Activity>> activityLists() {
        return ReportPropertiesTest.activities().list().ofMaxSize(60).uniqueElements(Activity::getId);
    }

    @Provide
    Arbitrary<ReportQuery> queries() {
        return net.jqwik.api.Arbitraries.of(
                Fixtures.h1(ReportPropertiesTest.INDICATORS.toArray(String[]::new)).build(),
                Fixtures.h1(ReportPropertiesTest.INDICATORS.toArray(String[]::new)).breakdown(Breakdown.MONTH)
                        .compareWithLastYear(true).trackSources(true).build(),
                Fixtures.h1("VISIT.DISTINCT.ENTERPRISE", "ALL.DISTINCT.PERSON").breakdown(Breakdown.KIND)
                        .period(ReportingPeriod.parse("2017")).build());
    }

    @Property(tries = 60)
    void roundTrip_keepsEveryFigureAndTheSameBytes(@ForAll("activityLists") List<Activity> activities,
            @ForAll("queries") ReportQuery query) {
        ReportAccumulator original = ENGINE.accumulator(query, Fixtures.organizations());
        activities.forEach(original::add);
        byte[] bytes = original.toBytes();
        ReportAccumulator decoded = ENGINE.accumulator(query, Fixtures.organizations()).mergeBytes(bytes);
        assertEquals(ENGINE.finish(original), ENGINE.finish(decoded));
        assertArrayEquals(bytes, decoded.toBytes());
    }

    @Property(tries = 60)
    void merge_isAssociativeAndCommutative(@ForAll("activityLists") List<Activity> activities,
            @ForAll("queries") ReportQuery query, @ForAll @IntRange(min = 0, max = 60) int cut1,
            @ForAll @IntRange(min = 0, max = 60) int cut2) {
        int i = Math.min(Math.min(cut1, cut2), activities.size());
        int j = Math.min(Math.max(cut1, cut2), activities.size());
        byte[] a = part(query, activities.subList(0, i));
        byte[] b = part(query, activities.subList(i, j));
        byte[] c = part(query, activities.subList(j, activities.size()));
        Report whole = ENGINE.run(query, Fixtures.organizations(), activities, List.of());
        // (a + b) + c = a + (b + c) = c + (b + a) = the report of everything
        byte[] ab = zero(query).mergeBytes(a).mergeBytes(b).toBytes();
        byte[] bc = zero(query).mergeBytes(b).mergeBytes(c).toBytes();
        Report left = ENGINE.finish(zero(query).mergeBytes(ab).mergeBytes(c));
        Report right = ENGINE.finish(zero(query).mergeBytes(a).mergeBytes(bc));
        Report reversed = ENGINE.finish(zero(query).mergeBytes(c).mergeBytes(zero(query).mergeBytes(b).mergeBytes(a)
                .toBytes()));
        assertEquals(whole.getValues(), left.getValues());
        assertEquals(left, right);
        assertEquals(left, reversed);
        assertEquals(ENGINE.finish(zero(query).mergeBytes(a).mergeBytes(b)),
                ENGINE.finish(zero(query).mergeBytes(b).mergeBytes(a)));
    }

    private static ReportAccumulator zero(ReportQuery query) {
        return ENGINE.accumulator(query, Fixtures.organizations());
    }

    private static byte[] part(ReportQuery query, List<Activity> activities) {
        ReportAccumulator acc = zero(query);
        activities.forEach(acc::add);
        return acc.toBytes();
    }

    @Test
    void mergeBytes_refusesAnotherQueryAndBrokenBytes() {
        ReportQuery query = Fixtures.h1("VISIT.EVENTS").build();
        byte[] bytes = zero(query).add(Fixtures.activity("A1", "VISIT", "2017-03-01", "F330402").build()).toBytes();
        ReportQuery other = Fixtures.h1("VISIT.PARTICIPANTS").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> zero(other).mergeBytes(bytes));
        assertTrue(e.getMessage().contains("another query"), e.getMessage());
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            assertThrows(IllegalArgumentException.class, () -> zero(query).mergeBytes(shorter), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> zero(query).mergeBytes(longer));
        byte[] version = bytes.clone();
        version[4] = 9;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> zero(query).mergeBytes(version)).getMessage()
                .contains("version 9"));
        // and a query of more threads reads the same partial result
        assertEquals(1, ENGINE.finish(zero(query.toBuilder().threads(4).build()).mergeBytes(bytes))
                .total("VISIT.EVENTS").orElseThrow().getValue().intValue());
    }
}
