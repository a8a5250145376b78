package io.github.ficsdk.report.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The compact, versioned binary encoding of the partial results of a query (one {@link Aggregation}
 * per plan), so that they can leave the JVM (a Spark buffer, a file) and be merged elsewhere.
 *
 * <p>Layout, version 1 (every count and sum a variable-length integer, LEB128, sums zigzag-coded):
 * <pre>
 * "FICP" | version (1 byte) | query fingerprint (8 bytes, big-endian) | plans
 * per plan: rows | indicators | activities read | activities counted | flags (1: custom sums, 2: sources)
 *           | one sum per cell (row × indicator)
 *           | [custom: per cell scale, length, unscaled two's-complement bytes]
 *           | per cell of a distinct indicator: keys, then each key as length and UTF-8 bytes
 *           | [sources: per cell count, then each id as length and UTF-8 bytes]
 * </pre>
 * The keys of a set are written in their insertion order, so decoding then encoding again gives
 * the same bytes. Decoding checks the magic, the version, the fingerprint and the shape of every
 * plan, and refuses bytes that end early or go on after the end.
 */
public final class AggregationCodec {

    /** The version written, and the only one read. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'F', 'I', 'C', 'P'};
    private static final int CUSTOM = 1;
    private static final int SOURCES = 2;

    private AggregationCodec() {}

    /**
     * Encodes partial results.
     *
     * @param fingerprint   the fingerprint of the query they belong to
     * @param aggregations  the partial results, one per plan
     * @return the bytes
     */
    public static byte[] encode(long fingerprint, List<Aggregation> aggregations) {
        Out out = new Out();
        out.bytes(MAGIC, 0, MAGIC.length);
        out.raw(VERSION);
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.raw((int) (fingerprint >>> shift));
        }
        out.varlong(aggregations.size());
        for (Aggregation a : aggregations) {
            Plan plan = a.plan();
            int width = plan.indicators.length;
            long[] sums = a.sumsState();
            BigDecimal[] custom = a.customSumsState();
            ByteKeyTable[] sets = a.setsState();
            List<List<String>> sources = a.sourcesState();
            out.varlong(plan.rows);
            out.varlong(width);
            out.varlong(a.activitiesRead());
            out.varlong(a.activitiesCounted());
            out.raw((custom != null ? CUSTOM : 0) | (sources != null ? SOURCES : 0));
            for (long sum : sums) {
                out.varlong((sum << 1) ^ (sum >> 63));
            }
            if (custom != null) {
                for (BigDecimal d : custom) {
                    int scale = d.scale();
                    out.varlong(((long) scale << 1) ^ (scale >> 31));
                    byte[] unscaled = d.unscaledValue().toByteArray();
                    out.varlong(unscaled.length);
                    out.bytes(unscaled, 0, unscaled.length);
                }
            }
            for (int c = 0; c < sums.length; c++) {
                if (a.isDistinct(c % width)) {
                    ByteKeyTable set = sets[c];
                    out.varlong(set.size());
                    for (int k = 0; k < set.size(); k++) {
                        out.string(set.key(k));
                    }
                }
            }
            if (sources != null) {
                for (List<String> ids : sources) {
                    out.varlong(ids.size());
                    for (String id : ids) {
                        out.string(id);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes partial results into empty ones of the same query.
     *
     * @param encoded       the bytes written by {@link #encode}
     * @param fingerprint   the fingerprint of the query of {@code empty}
     * @param empty         empty partial results of that query, one per plan; filled
     * @throws IllegalArgumentException if the bytes are not an encoding of this version, belong to
     *                                  another query, or are cut short or too long
     */
    public static void decodeInto(byte[] encoded, long fingerprint, List<Aggregation> empty) {
        In in = new In(encoded);
        try {
            for (byte m : MAGIC) {
                if (in.raw() != (m & 0xff)) {
                    throw new IllegalArgumentException("not an encoded partial report (no FICP header)");
                }
            }
            int version = in.raw();
            if (version != VERSION) {
                throw new IllegalArgumentException("encoded partial report of version " + version
                        + ", this library reads version " + VERSION);
            }
            long theirs = 0;
            for (int i = 0; i < 8; i++) {
                theirs = (theirs << 8) | in.raw();
            }
            if (theirs != fingerprint) {
                throw new IllegalArgumentException("the encoded partial report belongs to another query (fingerprint "
                        + Long.toHexString(theirs) + ", expected " + Long.toHexString(fingerprint) + ")");
            }
            int plans = in.count();
            if (plans != empty.size()) {
                throw new IllegalArgumentException("the encoded partial report has " + plans + " plans, the query "
                        + empty.size());
            }
            for (Aggregation a : empty) {
                decodePlan(in, a);
            }
            if (in.pos != encoded.length) {
                throw new IllegalArgumentException("the encoded partial report goes on after its end ("
                        + (encoded.length - in.pos) + " bytes)");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the encoded partial report has a malformed custom sum", e);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the encoded partial report is cut short (" + encoded.length
                    + " bytes)", e);
        }
    }

    private static void decodePlan(In in, Aggregation a) {
        Plan plan = a.plan();
        int width = plan.indicators.length;
        int rows = in.count();
        int indicators = in.count();
        if (rows != plan.rows || indicators != width) {
            throw new IllegalArgumentException("the encoded partial report has " + rows + " rows × " + indicators
                    + " indicators, the query " + plan.rows + " × " + width);
        }
        long read = in.varlong();
        long counted = in.varlong();
        int flags = in.raw();
        long[] sums = a.sumsState();
        BigDecimal[] custom = a.customSumsState();
        ByteKeyTable[] sets = a.setsState();
        List<List<String>> sources = a.sourcesState();
        if (((flags & CUSTOM) != 0) != (custom != null) || ((flags & SOURCES) != 0) != (sources != null)) {
            throw new IllegalArgumentException("the encoded partial report does not keep the same values as the query"
                    + " (custom indicators or sources)");
        }
        for (int c = 0; c < sums.length; c++) {
            long z = in.varlong();
            sums[c] = (z >>> 1) ^ -(z & 1);
        }
        if (custom != null) {
            for (int c = 0; c < custom.length; c++) {
                long z = in.varlong();
                int scale = (int) ((z >>> 1) ^ -(z & 1));
                int length = in.count();
                custom[c] = new BigDecimal(new BigInteger(in.slice(length)), scale);
            }
        }
        for (int c = 0; c < sums.length; c++) {
            if (a.isDistinct(c % width)) {
                int n = in.count();
                ByteKeyTable set = sets[c];
                for (int k = 0; k < n; k++) {
                    int length = in.count();
                    int off = in.skip(length);
                    set.addIfAbsent(in.b, off, length, ByteKeyTable.hash(in.b, off, length));
                }
            }
        }
        if (sources != null) {
            for (List<String> ids : sources) {
                int n = in.count();
                for (int k = 0; k < n; k++) {
                    ids.add(in.string());
                }
            }
        }
        a.addCounts(read, counted);
    }

    /** A growable byte array. */
    private static final class Out {
        byte[] b = new byte[256];
        int n;

        void raw(int v) {
            if (n == b.length) {
                b = Arrays.copyOf(b, n * 2);
            }
            b[n++] = (byte) v;
        }

        void varlong(long v) {
            while ((v & ~0x7FL) != 0) {
                raw((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            raw((int) v);
        }

        void bytes(byte[] src, int off, int len) {
            if (n + len > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + len));
            }
            System.arraycopy(src, off, b, n, len);
            n += len;
        }

        void string(String s) {
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            varlong(u.length);
            bytes(u, 0, u.length);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(b, n);
        }
    }

    /** A reader of the bytes; reading past the end throws {@link ArrayIndexOutOfBoundsException}. */
    private static final class In {
        final byte[] b;
        int pos;

        In(byte[] b) {
            this.b = b;
        }

        int raw() {
            return b[pos++] & 0xff;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = raw();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("the encoded partial report has a malformed number at byte " + pos);
        }

        /** A count or length: not negative, at most what the bytes left can hold. */
        int count() {
            long v = varlong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the encoded partial report has a malformed count at byte " + pos);
            }
            return (int) v;
        }

        int skip(int length) {
            if (length > b.length - pos) {
                throw new ArrayIndexOutOfBoundsException(pos + length);
            }
            int off = pos;
            pos += length;
            return off;
        }

        byte[] slice(int length) {
            int off = skip(length);
            return Arrays.copyOfRange(b, off, off + length);
        }

        String string() {
            int length = count();
            int off = skip(length);
            return new String(b, off, length, StandardCharsets.UTF_8);
        }
    }
}
