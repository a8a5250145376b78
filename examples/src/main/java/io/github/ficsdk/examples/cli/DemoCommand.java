package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.examples.seed.AllianceIssues;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.examples.seed.SeedFigures;
import io.github.ficsdk.report.Breakdown;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo [--write DIR]}: the main job on the embedded default dataset. Generates the seed
 * dataset (into a temporary folder, or into {@code --write DIR} to keep it), runs the 2017-H1
 * report of the Jiaxing system ({@code F330400}) and prints, side by side with the source work
 * report's own words, every figure marked ✓ (the exact value and its wording match) or ✗, three
 * structure figures of the city's own chambers computed by the engine ({@code CHAMBER.COUNT} 67,
 * {@code CHAMBER.WITH_PARTY_ORGANIZATION} 34, {@code CHAMBER.FORMED} in 2016 7), and the Chinese
 * narrative; and the tasks the city assigned the counties for 2017 ({@code tasks.jsonl}).
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
                    .indicators(java.util.stream.Stream.concat(SeedFigures.indicators().stream(),
                            Stream.of("CHAMBER.FORMED", "CHAMBER.COUNT", "CHAMBER.WITH_PARTY_ORGANIZATION")).toList())
                    .build(), dataset);
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
            // the structure of the city's own chambers, from the engine: the total minus its children (every
            // chamber belongs to one federation, so CHAMBER.* add up over the children's disjoint subtrees)
            ReportEngine engine = ReportEngine.of(catalog);
            Report structure = engine.run(ReportQuery.builder().period(ReportingPeriod.parse(SeedFigures.PERIOD))
                    .scope(SeedDataset.CITY).breakdown(Breakdown.CHILD)
                    .indicators(List.of("CHAMBER.COUNT", "CHAMBER.WITH_PARTY_ORGANIZATION")).build(), dataset);
            Report lastYear = engine.run(ReportQuery.builder().period(ReportingPeriod.parse("2016"))
                    .scope(SeedDataset.CITY).breakdown(Breakdown.CHILD).indicators(List.of("CHAMBER.FORMED")).build(),
                    dataset);
            long chambers = own(structure, "CHAMBER.COUNT");
            long withParty = own(structure, "CHAMBER.WITH_PARTY_ORGANIZATION");
            long formed = own(lastYear, "CHAMBER.FORMED");
            boolean chambersOk = chambers == SeedFigures.CITY_CHAMBERS;
            boolean partyOk = withParty == SeedFigures.CITY_PARTY_BRANCHES;
            boolean formedOk = formed == SeedFigures.CITY_CHAMBERS_FORMED_2016;
            int structural = (chambersOk ? 1 : 0) + (partyOk ? 1 : 0) + (formedOk ? 1 : 0);
            table.add(chambersOk ? MATCH : MISMATCH, "CHAMBER.COUNT", lang.pick("市工商联所属协会商会", "chambers of the city"),
                    chambers + " " + Units.unit("家", lang), chambers + " 家", "对市工商联所属 67 家协会商会的基本情况……进行调查");
            table.add(partyOk ? MATCH : MISMATCH, "CHAMBER.WITH_PARTY_ORGANIZATION",
                    lang.pick("市工商联所属建有党组织的商协会", "city chambers with a party organisation"),
                    withParty + " " + Units.unit("家", lang), withParty + " 个", "所属 34 个党支部书记开展述职工作");
            table.add(formedOk ? MATCH : MISMATCH, "CHAMBER.FORMED",
                    lang.pick("市工商联 2016 年组建商协会", "city chambers formed in 2016"),
                    formed + " " + Units.unit("家", lang), formed + " 家", "在去年完成 7 家行业协会商会组建任务");
            long tasks = count(dataset.tasks(p -> { }), (AnnualTask t) -> t.getYear() == 2017
                    && t.getAssignedBy().filter(SeedDataset.CITY::equals).isPresent()
                    && SeedDataset.countyIds().contains(t.getOwner()));
            boolean tasksOk = tasks == SeedFigures.COUNTY_TASKS_2017;
            structural += tasksOk ? 1 : 0;
            table.add(tasksOk ? MATCH : MISMATCH, "tasks.jsonl", lang.pick("市对县 2017 年度工作任务", "city's 2017 tasks of the counties"),
                    tasks + lang.pick(" 项", " tasks"), tasks + " 项", "制定并下达 2017 年度工商联工作任务分解方案");
            PrintOut print = new PrintOut();
            print.line(lang.pick("嘉兴市工商联系统 2017 年上半年统计（默认数据集，" + report.getRecordsRead() + " 条活动记录，由引擎从明细记录计算）",
                    "Jiaxing FIC system, first half of 2017 (default dataset, " + report.getRecordsRead()
                            + " activity records, computed by the engine from micro-records)"));
            print.line("");
            print.text(table.render());
            print.line("");
            print.line(lang.pick("中文叙述：", "Chinese narrative:"));
            // the team's own indicator gets its own sentence, declared beside the standard ones
            print.text(Narrative.standard()
                    .withSentence("services", Narrative.Sentence.of("alliance-issues",
                            List.of(Narrative.Part.of("商会服务联盟累计接到问题建议", "{" + AllianceIssues.CODE + "}"))))
                    .withHeader("FIC-" + SeedFigures.PERIOD, report.getScopeName())
                    .render(report, catalog));
            print.line("");
            int total = SeedFigures.all().size() + 4;
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

    private static <T> long count(Stream<T> records, java.util.function.Predicate<T> filter) {
        try (records) {
            return records.filter(filter).count();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    /** The figure of the scope's own organisations: its total minus the sum of its children's rows. */
    private static long own(Report report, String indicator) {
        long own = report.total(indicator).orElseThrow().getValue().longValueExact();
        for (String row : report.getRows().subList(1, report.getRows().size())) {
            own -= report.value(row, indicator).orElseThrow().getValue().longValueExact();
        }
        return own;
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
