package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FileReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sample: reads and validates a county's submitted dataset folder and prints the data-quality
 * result, as the city federation does with what the counties send in.
 *
 * <pre>{@code
 * DataQualityReport quality = Dataset.of(Path.of("submitted/330481")).validate();
 * for (DatasetProblem p : quality.getProblems()) {
 *     System.out.println(p.getFile() + ":" + p.getLine() + " " + p.getProblemPath() + " " + p.getProblemCode() + " " + p.getMessage());
 * }
 * }</pre>
 *
 * <p>Run without arguments it validates a small bundled submission of 海宁市 (330481) with typical
 * mistakes: a wrong credit-code check character, five fee tiers, an invalid mobile number, an
 * unknown industry code, an end before the start, an amount with three decimals and a target
 * that is not in the dataset.
 *
 * @since 0.1
 */
public final class ValidateCountyDataset {

    /** The files of the bundled submission. */
    static final List<String> BUNDLED = List.of("federations.jsonl", "chambers.jsonl", "enterprises.jsonl",
            "persons.jsonl", "activities.jsonl");

    private ValidateCountyDataset() {}

    /**
     * Validates a folder, or the bundled submission when no folder is given.
     *
     * @param args  the folder to validate, or nothing
     * @throws IOException if the bundled submission cannot be copied
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : copyBundled(Files.createTempDirectory("county-330481-"));
        DataQualityReport quality = run(folder, System.out);
        System.exit(quality.isClean() ? 0 : 1);
    }

    /**
     * Validates a dataset folder and prints every problem and the counts per file.
     *
     * @param folder  the dataset folder, not null
     * @param out     where to print, not null
     * @return the data-quality result, never null
     */
    public static DataQualityReport run(Path folder, PrintStream out) {
        DataQualityReport quality = Dataset.of(folder).validate();
        for (DatasetProblem p : quality.getProblems()) {
            out.println(p.getFile() + ":" + p.getLine() + " " + (p.getId().orElse(null) == null ? "-" : p.getId().orElse(null)) + " " + p.getProblemPath() + " "
                    + (p.isError() ? "错误" : "警告") + " " + p.getProblemCode() + " " + p.getMessage());
        }
        for (FileReport f : quality.getFiles()) {
            if (f.getRead() > 0) {
                out.println(f.getFile() + "：读取 " + f.getRead() + " 条，有效 " + f.getValid() + " 条，拒绝 " + f.getRejected() + " 条");
            }
        }
        out.println(quality.isClean() ? "数据合格" : "发现 " + quality.getErrorCount() + " 个错误、"
                + quality.getWarningCount() + " 个警告，请修正后重新报送");
        return quality;
    }

    /**
     * Copies the bundled submission of 海宁市 into a folder.
     *
     * @param folder  an existing folder, not null
     * @return the folder, never null
     */
    public static Path copyBundled(Path folder) {
        for (String file : BUNDLED) {
            Bundled.use(ValidateCountyDataset.class, "county-330481/" + file, in -> Files.copy(in, folder.resolve(file)));
        }
        return folder;
    }
}
