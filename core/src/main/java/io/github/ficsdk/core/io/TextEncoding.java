package io.github.ficsdk.core.io;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The text encoding the start of a dataset file looks like, such as {@link #UTF_8} or
 * {@link #GB18030} for a file that Excel or WPS saved as "CSV" on a Chinese Windows: the one place
 * where every reader of the SDK tells a UTF-8 file from a file in another encoding.
 *
 * <pre>{@code
 * TextEncoding encoding = TextEncoding.sniff(Path.of("data/activities.jsonl"));
 * if (!encoding.isUtf8()) {
 *     DatasetProblem p = encoding.problem("activities.jsonl");   // ENCODING, line 0
 * }
 * }</pre>
 *
 * <p>{@link #sniff(byte[], int, int, boolean)} looks at the first {@link #SNIFF_LENGTH} bytes of a
 * file, in this order:
 * <ol>
 * <li>a byte-order mark: {@code EF BB BF} is UTF-8 (the mark is then skipped by the readers),
 *     {@code FF FE} UTF-16LE, {@code FE FF} UTF-16BE;</li>
 * <li>NUL bytes, which JSON text in UTF-8 never holds: when at least one byte in eight
 *     is NUL, nearly all of them at odd offsets means UTF-16LE, at even
 *     offsets UTF-16BE, and otherwise {@link #UNKNOWN} (UTF-32 or not text);</li>
 * <li>strict UTF-8 decoding (RFC 3629): the file is UTF-8 unless its ill-formed sequences
 *     outnumber its well-formed multi-byte ones (so that a file that is UTF-8 but for a broken
 *     line stays UTF-8, and its broken lines are {@code INVALID_UTF8} problems of their own);</li>
 * <li>otherwise {@link #GB18030} when the bytes decode strictly as GB18030 (which includes GBK and
 *     GB2312) into Chinese text, else {@link #UNKNOWN}.</li>
 * </ol>
 * A file that is not UTF-8 is one problem, {@code ENCODING} (error, line 0, the whole file), and
 * none of its records is read: reading a UTF-16 or GBK file line by line would only give one
 * {@code INVALID_UTF8} or {@code MALFORMED_JSON} problem per line and no record.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum TextEncoding {

    /** UTF-8, with or without a byte-order mark: the encoding of the data model. */
    UTF_8("UTF-8"),
    /** UTF-16 little-endian (what Windows calls "Unicode"), with or without a byte-order mark. */
    UTF_16LE("UTF-16LE"),
    /** UTF-16 big-endian, with or without a byte-order mark. */
    UTF_16BE("UTF-16BE"),
    /** GB18030, GBK or GB2312: what Excel and WPS write as "CSV" and Notepad as "ANSI" on a Chinese Windows. */
    GB18030("GB18030/GBK"),
    /** Neither UTF-8 nor one of the encodings above. */
    UNKNOWN("not UTF-8");

    /** The problem code of a file that is not UTF-8: {@code ENCODING}. */
    public static final String PROBLEM_CODE = "ENCODING";

    /** The number of bytes at the start of a file that {@link #sniff(Path)} looks at: 64 KiB. */
    public static final int SNIFF_LENGTH = 1 << 16;

    /** One byte in this many (or more) being NUL makes a sample UTF-16 or unknown rather than UTF-8. */
    static final int NUL_SHARE = 8;

    private final String label;

    TextEncoding(String label) {
        this.label = label;
    }

    /**
     * Returns the name shown to people, such as {@code UTF-16LE}, {@code GB18030/GBK} or {@code not UTF-8}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }

    /**
     * Returns whether this is UTF-8, the only encoding the readers accept.
     *
     * @return true for {@link #UTF_8}
     */
    public boolean isUtf8() {
        return this == UTF_8;
    }

    /**
     * Returns the length of a UTF-8 byte-order mark at the start of some bytes.
     *
     * @param b    the bytes, not null
     * @param off  the first byte
     * @param len  the number of bytes
     * @return 3 when they start with {@code EF BB BF}, otherwise 0
     */
    public static int utf8BomLength(byte[] b, int off, int len) {
        return len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * Tells the encoding of a file from its first {@link #SNIFF_LENGTH} bytes.
     *
     * @param file  the file, not null
     * @return the encoding, never null; {@link #UTF_8} for an empty file
     * @throws IOException if the file cannot be read
     */
    public static TextEncoding sniff(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = new byte[SNIFF_LENGTH];
            int n = in.readNBytes(head, 0, head.length);
            return sniff(head, 0, n, n < head.length || in.read() < 0);
        }
    }

    /**
     * Tells the encoding of a file from the bytes at its start.
     *
     * @param b         the bytes, not null
     * @param off       the first byte (the start of the file)
     * @param len       the number of bytes, usually up to {@link #SNIFF_LENGTH}
     * @param complete  whether these are all the bytes of the file (otherwise a character cut at the
     *     end of the sample is not held against it)
     * @return the encoding, never null; {@link #UTF_8} for no bytes
     */
    public static TextEncoding sniff(byte[] b, int off, int len, boolean complete) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (utf8BomLength(b, off, len) > 0) {
            return UTF_8;
        }
        if (len >= 2 && b[off] == (byte) 0xFF && b[off + 1] == (byte) 0xFE) {
            return UTF_16LE;
        }
        if (len >= 2 && b[off] == (byte) 0xFE && b[off + 1] == (byte) 0xFF) {
            return UTF_16BE;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < len; i++) {
            if (b[off + i] == 0) {
                if ((i & 1) == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        int nuls = evenNuls + oddNuls;
        if (nuls > 0 && (long) nuls * NUL_SHARE >= len) {
            if (oddNuls >= 9L * evenNuls) {
                return UTF_16LE;
            }
            if (evenNuls >= 9L * oddNuls) {
                return UTF_16BE;
            }
            return UNKNOWN;
        }
        if (utf8Likely(b, off, len)) {
            return UTF_8;
        }
        return gb18030(b, off, len, complete) ? GB18030 : UNKNOWN;
    }

    /** Counts well-formed multi-byte and ill-formed UTF-8 sequences; true unless the ill-formed are more. */
    private static boolean utf8Likely(byte[] b, int off, int len) {
        int end = off + len;
        long wellFormed = 0;
        long illFormed = 0;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = ByteRules.utf8Sequence(b, i, end);
            if (n < 0) {
                break; // a character cut by the end of the sample: neither
            }
            if (n > 0) {
                wellFormed++;
                i += n;
            } else {
                illFormed++;
                i++;
            }
        }
        return illFormed <= wellFormed;
    }

    /** Whether the bytes decode strictly as GB18030 into text with at least one Chinese character. */
    private static boolean gb18030(byte[] b, int off, int len, boolean complete) {
        CharsetDecoder decoder = java.nio.charset.Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(1024);
        boolean han = false;
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            out.flip();
            while (out.hasRemaining() && !han) {
                char ch = out.get();
                han = Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (complete && decoder.flush(out).isError()) {
            return false;
        }
        return han;
    }

    /**
     * Returns the problem of a file in this encoding: {@code ENCODING}, severity error, line 0 (the
     * whole file), with a message that names the encoding it looks like and how to save it as UTF-8.
     *
     * @param fileName  the file name, such as {@code activities.jsonl}, not null
     * @return the problem, never null
     * @throws IllegalStateException if this is {@link #UTF_8}
     */
    public DatasetProblem problem(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        if (isUtf8()) {
            throw new IllegalStateException("a UTF-8 file has no encoding problem");
        }
        String looks = this == UNKNOWN ? "the file is not UTF-8" : "the file is not UTF-8: it looks like " + label;
        return DatasetProblem.of(fileName, 0, null, "", Severity.ERROR, PROBLEM_CODE, looks
                + "; none of its records was read. Save it as UTF-8 (in Excel or WPS: \"CSV UTF-8\"; in a text editor:"
                + " encoding \"UTF-8\") and read it again");
    }

    /** The problem code of a file whose lines end with a carriage return alone: {@code LINE_ENDINGS}. */
    public static final String LINE_ENDINGS_CODE = "LINE_ENDINGS";

    /**
     * Tells, from the bytes at the start of a file, whether its lines end with a carriage return
     * alone (classic Mac OS, "CSV (Macintosh)" exports): no line feed at all, and a carriage return
     * followed by more content. Such a file would read as one line with content after its first
     * record, so all of its records but the first would be lost; it is one problem instead,
     * {@code LINE_ENDINGS} (error, line 0, the whole file), and none of its records is read. Lines
     * ending with CR LF (Windows) are fine.
     *
     * @param b         the bytes, not null
     * @param off       the first byte (the start of the file)
     * @param len       the number of bytes, usually up to {@link #SNIFF_LENGTH}
     * @param fileName  the file name for the problem, such as {@code activities.jsonl}, not null
     * @return the problem, or empty when the lines end with line feeds (or there is one line only)
     */
    public static Optional<DatasetProblem> lineEndingProblem(byte[] b, int off, int len, String fileName) {
        Objects.checkFromIndexSize(off, len, b.length);
        Objects.requireNonNull(fileName, "fileName");
        boolean afterCr = false;
        boolean contentAfterCr = false;
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c == '\n') {
                return Optional.empty();
            }
            if (c == '\r') {
                afterCr = true;
            } else if (afterCr && c != ' ' && c != '\t') {
                contentAfterCr = true;
            }
        }
        if (!contentAfterCr) {
            return Optional.empty();
        }
        return Optional.of(DatasetProblem.of(fileName, 0, null, "", Severity.ERROR, LINE_ENDINGS_CODE,
                "the lines of the file end with a carriage return alone (CR, classic Mac); none of its records was"
                        + " read. Save it with line feeds (LF, or Windows CR LF) and read it again"));
    }

    /**
     * Checks the start of a file for the problems that mean none of its records is read: an
     * encoding that is not UTF-8 ({@link #problem(String)}) or lines that end with a carriage
     * return alone ({@link #lineEndingProblem(byte[], int, int, String)}).
     *
     * @param b         the bytes, not null
     * @param off       the first byte (the start of the file)
     * @param len       the number of bytes, usually up to {@link #SNIFF_LENGTH}
     * @param complete  whether these are all the bytes of the file
     * @param fileName  the file name for the problem, such as {@code activities.jsonl}, not null
     * @return the problem, or empty when the file can be read
     */
    public static Optional<DatasetProblem> startProblem(byte[] b, int off, int len, boolean complete, String fileName) {
        TextEncoding encoding = sniff(b, off, len, complete);
        return encoding.isUtf8() ? lineEndingProblem(b, off, len, fileName) : Optional.of(encoding.problem(fileName));
    }

    /**
     * Checks the start of a file read by byte ranges, as {@link #startProblem(byte[], int, int,
     * boolean, String)} does, from its first {@link #SNIFF_LENGTH} bytes (read with positional
     * reads: the channel's own position is neither used nor changed).
     *
     * @param channel   the channel of the file, not null
     * @param size      the size of the file as it is read (at most the channel's size)
     * @param fileName  the file name for the problem, such as {@code activities.jsonl}, not null
     * @return the problem, or empty when the file can be read
     * @throws IOException if the channel cannot be read
     */
    public static Optional<DatasetProblem> startProblem(FileChannel channel, long size, String fileName)
            throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, SNIFF_LENGTH));
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // fill the head
        }
        return startProblem(head.array(), 0, head.position(), head.position() == size, fileName);
    }
}
