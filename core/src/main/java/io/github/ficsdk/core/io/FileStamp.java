package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The size and last-modified time of a file when a reader opened it, such as
 * {@code activities.jsonl: 230933 bytes, 2017-08-23T10:15:30Z}, to tell at the end of the reading
 * whether the file changed meanwhile (another program appended to it, truncated or rewrote it):
 * the records read would then match neither the old nor the new file. The readers of the SDK read
 * at most the size they started with, and check the stamp again when they are done; a difference
 * is the problem {@code FILE_CHANGED} (error, line 0).
 *
 * <pre>{@code
 * FileStamp stamp = FileStamp.of(path);
 * // ... read at most stamp.getSize() bytes of path ...
 * stamp.check(path, "activities.jsonl").ifPresent(problems::add);   // FILE_CHANGED
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FileStamp {

    /** The problem code of a file that changed while it was read: {@code FILE_CHANGED}. */
    public static final String CHANGED = "FILE_CHANGED";

    /** The problem code of a dataset file that exists but cannot be read as a file: {@code UNREADABLE_FILE}. */
    public static final String UNREADABLE = "UNREADABLE_FILE";

    FileStamp() {}

    /**
     * Returns the stamp of a file now.
     *
     * @param file  the file, not null
     * @return the stamp, never null
     * @throws IOException if the file's attributes cannot be read
     */
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return ImmutableFileStamp.builder().size(a.size()).lastModified(a.lastModifiedTime()).build();
    }

    /**
     * Returns the size in bytes.
     *
     * @return the size, not negative
     */
    public abstract long getSize();

    /**
     * Returns the last-modified time.
     *
     * @return the time, never null
     */
    public abstract FileTime getLastModified();

    /**
     * Checks whether a file still has this stamp, and whether all of its bytes were read.
     *
     * @param file       the file, not null
     * @param fileName   the name used in the problem, such as {@code activities.jsonl}, not null
     * @param bytesRead  the number of bytes the reader got before the end of the file (a reader
     *     that read fewer than {@link #getSize()} saw the file cut short)
     * @return the {@code FILE_CHANGED} problem when the size or the time differ or the file is
     *     gone, otherwise empty; never null
     */
    public Optional<DatasetProblem> check(Path file, String fileName, long bytesRead) {
        Objects.requireNonNull(fileName, "fileName");
        String now;
        try {
            FileStamp after = of(file);
            if (after.equals(this) && bytesRead >= getSize()) {
                return Optional.empty();
            }
            long size = getSize();
            now = after.getSize() != size ? "its size went from " + size + " to " + after.getSize() + " bytes"
                    : bytesRead < size ? "only " + bytesRead + " of its " + size + " bytes could be read"
                    : "it was modified at " + after.getLastModified() + " (it was " + getLastModified() + " when opened)";
        } catch (IOException e) {
            now = "it can no longer be read (" + e.getClass().getSimpleName() + ")";
        }
        return Optional.of(DatasetProblem.of(fileName, 0, null, "", Severity.ERROR, CHANGED, "the file changed while"
                + " it was read: " + now + "; what was read matches neither the old nor the new file, so nothing"
                + " computed from it is right. Read it again when no other program is writing it"));
    }

    /**
     * Tells whether a dataset file can be read: a missing file is fine (it has no records), a
     * readable regular file too; a symbolic link whose target does not exist, a folder or any other
     * kind of file by that name, and a file that may not be read are the problem
     * {@code UNREADABLE_FILE} (error, line 0).
     *
     * @param file      the path, not null
     * @param fileName  the name used in the problem, such as {@code activities.jsonl}, not null
     * @return the problem, or empty when the file is missing or readable; never null
     */
    public static Optional<DatasetProblem> checkReadable(Path file, String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String why;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        } else if (!Files.exists(file)) {
            why = "is a symbolic link whose target does not exist";
        } else if (Files.isDirectory(file)) {
            why = "is a folder, not a file";
        } else if (!Files.isRegularFile(file)) {
            why = "is not a regular file (a device, a pipe or a socket)";
        } else if (!Files.isReadable(file)) {
            why = "may not be read (no permission)";
        } else {
            return Optional.empty();
        }
        return Optional.of(DatasetProblem.of(fileName, 0, null, "", Severity.ERROR, UNREADABLE,
                fileName + " " + why + "; its records cannot be read. Replace it with the file itself"));
    }

    /**
     * Returns the size and the time, such as {@code 230933 bytes, 2017-08-23T10:15:30Z}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return getSize() + " bytes, " + getLastModified();
    }
}
