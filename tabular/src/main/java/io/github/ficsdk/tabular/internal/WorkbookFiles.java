package io.github.ficsdk.tabular.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a workbook the one way the module does: into a temporary file next to the target, then
 * renamed into place, so a failed write never leaves a half-written file. Internal: not part of
 * the API.
 */
public final class WorkbookFiles {

    private WorkbookFiles() {}

    /**
     * Writes a workbook to a file, replacing it when it exists; on failure the temporary file is
     * removed and the target left as it was.
     *
     * @param wb      the workbook, not null; not closed
     * @param target  the file, absolute and normalized, not null
     * @throws IOException if it cannot be written
     */
    public static void replace(Workbook wb, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(temporary)) {
                wb.write(o);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the write failed already; nothing more to do
                }
            }
        }
    }
}
