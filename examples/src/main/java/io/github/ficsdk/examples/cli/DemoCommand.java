package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.examples.seed.SeedFigures;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.IndicatorInfo;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportValue;
import io.github.ficsdk.validation.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo [--write DIR]}: the main job on the embedded default dataset. Generates the seed
 * dataset (into a temporary folder, or into {@code --write DIR} to keep it), runs the 2017-H1
 * report of the Jiaxing system ({@code F330400}) and prints, side by side with the source work
 * report's own words, every figure marked ✓ (the exact value and its wording match) or ✗, two
 * structural figures of the dataset, and the Chinese narrative.
 *
 * <p>{@code --write DIR} writes the folder atomically (a run that fails or is killed leaves it as
 * it was) and refuses a folder that is not empty unless {@code --force} is given, which replaces
 * it as a whole.
 *
 * <p>Exit status 0 when every figure matches, 1 when one does not or the folder cannot be written,
 * 2 on unusable arguments (a {@code --write} folder that is not empty, without {@code --force}).
 *
 * @since 0.1
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the half-year report on the embedded default dataset and compares it with the source report.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every figure matches the source report",
            "1:some figure does not match; the output or the --write folder cannot be written; an error",
            "2:unusable arguments (a --write folder that is not empty, without --force)"})
public final class DemoCommand extends AbstractCommand {

    /** The mark of a matching figure. */
    public static final String MATCH = "✓";
    /** The mark of a figure that does not match. */
    public static final String MISMATCH = "✗";

    @Option(names = "--write", paramLabel = "DIR",
            description = "Also keep the generated dataset in this folder (for report and validate); "
                    + "a folder that is not empty needs --force.")
    Path write;

    @Option(names = "--force", description = "With --write: replace a folder that is not empty, as a whole.")
    boolean force;

    /** Creates the command (picocli fills in the options). */
    public DemoCommand() {}

    @Override
    protected int execute() throws IOException {
        if (write != null && Files.exists(write) && !Files.isDirectory(write)) {
            throw new UsageException(lang().pick("--write：" + write + " 不是文件夹", "--write: " + write + " is not a folder"));
        }
        if (write != null && !force && Files.isDirectory(write) && !isEmpty(write)) {
            throw new UsageException(lang().pick("--write：文件夹 " + write + " 不是空的；加 --force 以整个替换它（其中原有的文件都会删除）",
                    "--write: folder " + write + " is not empty; add --force to replace it as a whole (every file in it is deleted)"));
        }
        Path folder = write != null ? write : Files.createTempDirectory("fic-seed-");
        try {
            Progress progress = progress(lang().pick("生成并统计默认数据集", "Generating and reporting the default dataset"));
            Dataset dataset;
            try {
                dataset = SeedDataset.generate().writeTo(folder);
            } catch (UncheckedIOException e) {
                progress.cancel();
                err().println(SafeText.forDisplay(lang().pick("错误：无法写入数据集文件夹 " + folder + "（" + e.getMessage()
                        + "），文件夹保持原样", "error: cannot write the dataset folder " + folder + " (" + e.getMessage()
                        + "); the folder is as it was")));
                return PROBLEMS;
            }
            IndicatorCatalog catalog = SeedFigures.catalog();
            Report report = ReportEngine.of(catalog).run(ReportQuery.builder()
                    .period(ReportingPeriod.parse(SeedFigures.PERIOD)).scope(SeedDataset.CITY)
                    .indicators(SeedFigures.indicators()).build(), dataset);
            progress.done(report.getRecordsRead());
            int matched = 0;
            Lang lang = lang();
            TextTable table = new TextTable(new boolean[] {false, false, false, true, false, false},
                    "", lang.pick("指标代码", "indicator"), lang.pick("名称", "name"), lang.pick("计算值", "value"),
                    lang.pick("引擎措辞", "engine's wording"), lang.pick("报告原文", "the report's words"));
            for (SeedFigures.Figure figure : SeedFigures.all()) {
                ReportValue value = report.total(figure.indicator()).orElseThrow();
                IndicatorInfo info = catalog.info(figure.indicator());
                boolean ok = figure.matches(value, catalog);
                matched += ok ? 1 : 0;
                table.add(ok ? MATCH : MISMATCH, figure.indicator(), lang.pick(info.getName(), info.getEnglishName()),
                        Units.display(value, info) + " " + Units.unit(Units.displayUnit(value, info), lang),
                        Narrative.word(value, catalog), figure.source());
            }
            int structural = 0;
            List<Chamber> all;
            try (Stream<Chamber> records = dataset.chambers(p -> { })) {
                all = records.toList();
            }
            long chambers = all.stream().filter(c -> c.getFederation().equals(SeedDataset.CITY)
                    && c.getStatus() != ChamberStatus.PREPARING).count();
            Set<String> cityChambers = all.stream().filter(c -> c.getFederation().equals(SeedDataset.CITY))
                    .map(Chamber::getId).collect(Collectors.toSet());
            long branches = count(dataset.partyOrganizations(p -> { }), (PartyOrganization o) ->
                    o.getKind() == PartyOrganizationKind.BRANCH
                            && (o.getHost().equals(SeedDataset.CITY) || cityChambers.contains(o.getHost())));
            boolean chambersOk = chambers == SeedFigures.CITY_CHAMBERS;
            boolean branchesOk = branches == SeedFigures.CITY_PARTY_BRANCHES;
            structural += (chambersOk ? 1 : 0) + (branchesOk ? 1 : 0);
            table.add(chambersOk ? MATCH : MISMATCH, "chambers.jsonl", lang.pick("市工商联所属协会商会", "chambers of the city"),
                    chambers + " " + Units.unit("家", lang), chambers + " 家", "对市工商联所属 67 家协会商会的基本情况……进行调查");
            table.add(branchesOk ? MATCH : MISMATCH, "party-organizations.jsonl",
                    lang.pick("市工商联党委所属党支部", "party branches of the city"), branches + lang.pick(" 个", " branches"),
                    branches + " 个", "所属 34 个党支部书记开展述职工作");
            PrintOut print = new PrintOut();
            print.line(lang.pick("嘉兴市工商联系统 2017 年上半年统计（默认数据集，" + report.getRecordsRead() + " 条活动记录，由引擎从明细记录计算）",
                    "Jiaxing FIC system, first half of 2017 (default dataset, " + report.getRecordsRead()
                            + " activity records, computed by the engine from micro-records)"));
            print.line("");
            print.text(table.render());
            print.line("");
            print.line(lang.pick("中文叙述：", "Chinese narrative:"));
            print.text(Narrative.standard().withHeader("FIC-" + SeedFigures.PERIOD, report.getScopeName())
                    .withScopeName("全市工商联系统").render(report, catalog));
            print.line("");
            int total = SeedFigures.all().size() + 2;
            int ok = matched + structural;
            print.line(lang.pick(ok + "/" + total + " 项与报告一致", ok + "/" + total + " figures match the report"));
            if (write != null) {
                print.line(SafeText.forDisplay(lang.pick("数据集已写入 " + folder, "dataset written to " + folder)));
            }
            out().print(print);
            out().flush();
            return ok == total ? OK : PROBLEMS;
        } finally {
            if (write == null) {
                deleteTree(folder);
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    private static <T> long count(Stream<T> records, java.util.function.Predicate<T> filter) {
        try (records) {
            return records.filter(filter).count();
        }
    }

    /**
     * Deletes the temporary dataset; a failure to clean up is only a note on stderr, so it never
     * hides the demo's own result or error.
     */
    private void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            err().println(SafeText.forDisplay(lang().pick("注意：无法删除临时文件夹 " + folder + "（" + e.getMessage() + "）",
                    "note: cannot delete the temporary folder " + folder + " (" + e.getMessage() + ")")));
        }
    }

    /** Collects the output lines. */
    private static final class PrintOut {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line).append('\n');
        }

        void text(String block) {
            text.append(block);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
