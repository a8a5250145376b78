package io.github.ficsdk.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a whole dataset folder atomically: the files go into a temporary sibling folder
 * ({@code .NAME.writing-…} next to {@code NAME}), and {@link #commit()} renames it into place, so
 * that a run that fails or is killed midway leaves the folder as it was (or, when it did not
 * exist, no folder at all) — never a folder with some files missing, which would read as a
 * smaller but valid dataset.
 *
 * <pre>{@code
 * try (DatasetWriter writer = Dataset.writer(Path.of("data/jiaxing-2017"))) {
 *     writer.write(DatasetFile.FEDERATIONS, federations);
 *     writer.write(DatasetFile.ACTIVITIES, activities);
 *     Dataset dataset = writer.commit();
 * }   // without commit(), close() deletes what was written and the folder is untouched
 * }</pre>
 *
 * <p>{@link #commit()} replaces the folder as a whole when it exists: a file that was not written
 * is gone afterwards. The old folder is first renamed aside ({@code .NAME.old-…}), the new one
 * renamed in, then the old one deleted; each rename is atomic ({@link StandardCopyOption#ATOMIC_MOVE}),
 * so a kill leaves the old folder or the new one (between the two renames, the old one under its
 * sibling name). Every file is forced to the storage device before the rename. A process killed
 * before {@link #commit()} may leave its hidden {@code .NAME.writing-…} folder behind, never the
 * dataset folder itself half-written; such a folder can be deleted.
 *
 * <p>Every method throws {@link UncheckedIOException} when a write fails; nothing is swallowed.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @since 0.1
 */
public final class DatasetWriter implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Path folder;
    private final Path temporary;
    private boolean finished;
    private String failed;

    private DatasetWriter(Path folder, Path temporary) {
        this.folder = folder;
        this.temporary = temporary;
    }

    /**
     * Starts writing a dataset folder: creates the parent folders if needed and an empty temporary
     * sibling folder. Prefer {@link Dataset#writer(Path)}.
     *
     * @param folder  the dataset folder, not null; it need not exist
     * @return the writer, never null; close it
     * @throws UncheckedIOException if the folder exists and is not a folder, or the temporary folder
     *     cannot be created
     */
    static DatasetWriter open(Path folder) {
        Path target = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            if (parent == null) {
                throw new IOException("cannot write a dataset into the root folder " + target);
            }
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new NotDirectoryException(target.toString());
            }
            Files.createDirectories(parent);
            return new DatasetWriter(target, createSibling(parent, "." + target.getFileName() + ".writing-", true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the folder the dataset goes to on {@link #commit()}.
     *
     * @return the folder, absolute, never null
     */
    public Path getFolder() {
        return folder;
    }

    /**
     * Writes one file of the dataset (into the temporary folder), replacing an earlier write of the
     * same file.
     *
     * @param <T>      the record type
     * @param file     the file, not null
     * @param records  the records, not null; iterated once
     * @return this writer
     * @throws UncheckedIOException if writing fails
     * @throws IllegalStateException if the writer was committed or closed
     */
    public <T> DatasetWriter write(DatasetFile<T> file, Iterable<? extends T> records) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(records, "records");
        if (finished) {
            throw new IllegalStateException("the dataset writer of " + folder + " is already committed or closed");
        }
        Path path = temporary.resolve(file.getFileName());
        boolean written = false;
        try {
            writeFile(path, file, records, false);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName() + " of " + folder + ": "
                    + e.getMessage(), e);
        } finally {
            if (!written) {
                failed = file.getFileName();
            }
        }
        return this;
    }

    /**
     * Puts the files written into place: renames the temporary folder to the dataset folder,
     * replacing the folder as a whole when it exists.
     *
     * @return the dataset of the folder, never null
     * @throws UncheckedIOException if a rename fails; the folder is then as it was
     * @throws IllegalStateException if the writer was committed or closed, or a write failed
     */
    public Dataset commit() {
        if (finished) {
            throw new IllegalStateException("the dataset writer of " + folder + " is already committed or closed");
        }
        if (failed != null) {
            throw new IllegalStateException("writing " + failed + " of " + folder
                    + " failed: the dataset is incomplete and is not put into place");
        }
        try {
            Path old = null;
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                old = createSibling(folder.getParent(), "." + folder.getFileName() + ".old-", false);
                Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    try {
                        Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException back) {
                        e.addSuppressed(back);
                    }
                }
                throw e;
            }
            finished = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the dataset folder " + folder + " into place: "
                    + e.getMessage(), e);
        }
        return Dataset.of(folder);
    }

    /**
     * Ends the writer: without {@link #commit()}, deletes the temporary folder and leaves the
     * dataset folder untouched; after it, does nothing.
     *
     * @throws UncheckedIOException if the temporary folder cannot be deleted
     */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            deleteTree(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + temporary + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one file of the dataset in place of the old one: into a temporary file of the same
     * folder, then renamed over it, so that a failed or killed run leaves the old file.
     *
     * @param target   the file, in its folder, not null
     * @param file     the kind of file, not null
     * @param records  the records, not null
     * @throws IOException if writing or renaming fails; the old file is then as it was
     */
    static <T> void replaceFile(Path target, DatasetFile<T> file, Iterable<? extends T> records) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = null;
        for (int attempt = 0; temporary == null; attempt++) {
            Path candidate = folder.resolve("." + target.getFileName() + "." + random() + ".tmp");
            try {
                writeFile(candidate, file, records, true);
                temporary = candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * Writes records to a file and forces it to the device; a failure deletes the file.
     *
     * @throws FileAlreadyExistsException if {@code createNew} and the file exists (it is left alone)
     */
    private static <T> void writeFile(Path path, DatasetFile<T> file, Iterable<? extends T> records, boolean createNew)
            throws IOException {
        FileChannel channel = createNew
                ? FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                : FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
        boolean written = false;
        try (channel) {
            // closing the writer flushes this stream but leaves the channel open, to be forced below
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            try (JsonLinesWriter<T> writer = JsonLinesWriter.open(file, out)) {
                writer.writeAll(records);
            }
            channel.force(true);
            written = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!written) {
                deleteQuietly(path);
            }
        }
    }

    /** Creates a new empty sibling with a random suffix (a folder, or only picks a free name). */
    private static Path createSibling(Path parent, String prefix, boolean create) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + random());
            try {
                if (create) {
                    return Files.createDirectory(candidate); // with the default permissions, like any folder
                }
                if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    return candidate;
                }
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static String random() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (NoSuchFileException e) {
            // already gone
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the write's own failure is what the caller needs to see
        }
    }
}
