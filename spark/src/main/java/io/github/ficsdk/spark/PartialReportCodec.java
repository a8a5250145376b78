package io.github.ficsdk.spark;

import io.github.ficsdk.spark.internal.Problems;
import io.github.ficsdk.spark.internal.QuerySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import scala.Function0;
import scala.reflect.ClassTag$;

/**
 * The encoding of a {@link PartialReport} in a Spark buffer: {@code "FICS"}, a version byte, the
 * rows read, the problems listed and counted, then the report's own encoding of its partial
 * result ({@link io.github.ficsdk.report.ReportAccumulator#toBytes()}). Decoding needs the query,
 * which the codec carries (its organisations broadcast).
 */
final class PartialReportCodec implements Codec<PartialReport, byte[]> {

    private static final long serialVersionUID = 1L;
    private static final int VERSION = 1;

    private final QuerySpec spec;

    PartialReportCodec(QuerySpec spec) {
        this.spec = spec;
    }

    /** Returns the Spark encoder of partial reports of a query: a binary column in this encoding. */
    static Encoder<PartialReport> encoder(QuerySpec spec) {
        Function0<Codec<? super PartialReport, byte[]>> provider = provider(spec);
        return new AgnosticEncoders.TransformingEncoder<PartialReport, byte[]>(
                ClassTag$.MODULE$.apply(PartialReport.class), AgnosticEncoders.BinaryEncoder$.MODULE$, provider, false);
    }

    private static Function0<Codec<? super PartialReport, byte[]>> provider(QuerySpec spec) {
        return (Function0<Codec<? super PartialReport, byte[]>> & java.io.Serializable) () -> new PartialReportCodec(spec);
    }

    @Override
    public byte[] encode(PartialReport p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeBytes("FICS");
            out.writeByte(VERSION);
            out.writeLong(p.getRowsRead());
            Problems.write(out, new Problems(p.getProblems(), p.getProblemCounts()));
            byte[] state = p.getAccumulator().toBytes();
            out.writeInt(state.length);
            out.write(state);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PartialReport decode(byte[] b) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            byte[] magic = new byte[4];
            in.readFully(magic);
            int version = in.readUnsignedByte();
            if (!"FICS".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)) || version != VERSION) {
                throw new IllegalArgumentException("not a partial report of version " + VERSION);
            }
            PartialReport p = new PartialReport(spec.newAccumulator(), spec.maxProblems());
            p.addRows(in.readLong());
            Problems problems = Problems.read(in);
            Map<String, Long> counts = new TreeMap<>(problems.unlisted());
            counts.forEach(p::addCount);
            problems.listed().forEach(p::list);
            byte[] state = new byte[in.readInt()];
            in.readFully(state);
            p.getAccumulator().mergeBytes(state);
            return p;
        } catch (IOException e) {
            throw new IllegalArgumentException("the partial report is cut short", e);
        }
    }
}
