package io.github.ficsdk.spark.internal;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.validation.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems of a part of the input as they travel from an executor: the problems listed, in
 * order, and the number of problems of each code that were found but not listed.
 *
 * @param listed    the problems listed, in the order found
 * @param unlisted  the problems of each code found but not listed
 */
public record Problems(List<DatasetProblem> listed, Map<String, Long> unlisted) {

    /** No problem. */
    public static final Problems NONE = new Problems(List.of(), Map.of());

    /**
     * Returns the problems of a collector.
     *
     * @param collector  the collector
     * @return its problems
     */
    public static Problems of(io.github.ficsdk.core.io.ProblemCollector collector) {
        List<DatasetProblem> listed = collector.getProblems();
        Map<String, Long> unlisted = new TreeMap<>(collector.getCounts());
        for (DatasetProblem p : listed) {
            unlisted.merge(p.getProblemCode(), -1L, Long::sum);
        }
        unlisted.values().removeIf(n -> n == 0);
        return new Problems(listed, unlisted);
    }

    /**
     * Writes problems.
     *
     * @param out       the output
     * @param problems  the problems
     * @throws IOException if the output fails
     */
    public static void write(DataOutputStream out, Problems problems) throws IOException {
        out.writeInt(problems.listed.size());
        for (DatasetProblem p : problems.listed) {
            writeLong(out, p.getFile());
            out.writeLong(p.getLine());
            out.writeBoolean(p.getId().orElse(null) != null);
            if (p.getId().orElse(null) != null) {
                writeLong(out, p.getId().orElse(null));
            }
            writeLong(out, p.getProblemPath());
            out.writeBoolean(p.getSeverity() == Severity.ERROR);
            writeLong(out, p.getProblemCode());
            writeLong(out, p.getMessage());
        }
        out.writeInt(problems.unlisted.size());
        for (Map.Entry<String, Long> e : problems.unlisted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    /**
     * Reads problems.
     *
     * @param in  the input
     * @return the problems
     * @throws IOException if the input fails
     */
    public static Problems read(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<DatasetProblem> listed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String file = readLong(in);
            long line = in.readLong();
            String id = in.readBoolean() ? readLong(in) : null;
            String path = readLong(in);
            Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
            String code = readLong(in);
            String message = readLong(in);
            listed.add(DatasetProblem.of(file, line, id, path, severity, code, message));
        }
        int m = in.readInt();
        Map<String, Long> unlisted = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            unlisted.put(in.readUTF(), in.readLong());
        }
        return new Problems(listed, unlisted);
    }

    /** A text of any length (writeUTF stops at 65535 bytes). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLong(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
