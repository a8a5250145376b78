package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.AppraisalSummary;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.DimensionResult;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.RuleResult;
import io.github.ficsdk.core.appraisal.SchemeCatalog;
import io.github.ficsdk.core.appraisal.scheme.GradeBand;
import io.github.ficsdk.core.appraisal.scheme.RecommendationRule;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.org.OrganizationTreeException;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.validation.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appraise --data DIR --scheme FILE|ID --period P [--evidence FILE] [--format json|text]}:
 * appraises every subject of the scheme's type in a dataset folder (every chamber for
 * {@code FOUR_GOOD_CHAMBER}, every federation for {@code FIVE_EXCELLENCE_COUNTY}) with evidence
 * derived from the records and overridden by the evidence given in an {@code evidence.jsonl}.
 *
 * <pre>{@code
 * appraise --data data/jiaxing --scheme FOUR_GOOD_CHAMBER --period 2017
 * appraise --data data/jiaxing --scheme my-scheme.json --period 2017 --evidence self-reports.jsonl --format text
 * }</pre>
 *
 * <p>{@code --rule-timeout SECONDS} (default 10) is the hard time limit of one call of a plug-in
 * rule: a call that has not returned by then stops the appraisal ({@code RULE_TIMEOUT}, exit status
 * 1). A scheme document larger than 1 MiB is rejected unread ({@code DOCUMENT_TOO_LARGE}).
 *
 * <p>{@code --scheme} is a scheme document (checked against the built-in rules and the plug-in
 * rules found by {@link java.util.ServiceLoader}) when a file of that name exists, else a
 * reference scheme id, optionally with its version ({@code CHAMBER_CLEANUP@2017}); without a
 * version, the version valid on the last day of the period. {@code --evidence} defaults to
 * {@code DIR/evidence.jsonl} when that file exists.
 *
 * <p>JSON output is JSON Lines: one {@link AppraisalResult#toJson() result} per line, in subject
 * id order (its {@code sources}, evidence texts and explanations masked). Text output is one table
 * per subject, then the grade distribution overall and per federation subtree, every name, id,
 * reason and explanation shown through {@link SafeText#forDisplay(String)}; so are error lines.
 *
 * <p>The folder is checked first ({@link Dataset#checkFolder()}): a misnamed file is a warning on
 * stderr; a folder without dataset files is an error (one line naming the folder, nothing
 * appraised).
 *
 * <p>Evidence counts every record once: an organisation, activity or proposal id used again keeps
 * its first occurrence, a membership repeated (member, organisation, role) counts once; each
 * repeat is counted and listed on stderr as {@code validate} prints it (the first 1000 of each
 * file; {@code DUPLICATE_ID}, {@code DUPLICATE_MEMBERSHIP}), and the results stand.
 *
 * <p>Exit status 0 when every subject was appraised, 1 when the appraisal cannot finish (a rule
 * failed, threw an error such as {@code OutOfMemoryError}, or did not return within the rule
 * timeout; evidence is missing; given evidence names an unknown subject or key) or the data cannot
 * be used (no dataset file in the folder, a bad line of a dataset file or of {@code evidence.jsonl},
 * a line over the length limit, a file that is not UTF-8, cannot be read or changed while it was
 * read, organisations that do not form a tree), the output cannot be written or an error (such as
 * running out of memory) ended the run, 2 on unusable arguments (a missing folder or file, a
 * malformed period, an unknown scheme id or version, a scheme document that is rejected, too large
 * included). Every error is one line on stderr.
 *
 * @since 0.1
 */
@Command(name = "appraise", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Appraises every subject of a scheme's type (chambers, federations) in a dataset folder.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every subject was appraised",
            "1:the appraisal cannot finish (a rule failed or timed out, evidence is missing or unknown), the data "
                + "cannot be used, the output cannot be written, or an error such as running out of memory",
            "2:unusable arguments (also a scheme document that is rejected)"})
public final class AppraiseCommand extends AbstractCommand {

    /** The name of the evidence file read from the dataset folder when {@code --evidence} is not given. */
    public static final String EVIDENCE_FILE = "evidence.jsonl";

    /** An output format. */
    public enum Format {
        /** JSON Lines: one result per subject. */
        JSON,
        /** A table per subject, then the grade distribution. */
        TEXT
    }

    private static final Map<String, String> GRADES_ZH = Map.of("EXCELLENT", "优秀", "GOOD", "良好", "PASS", "合格",
            "FAIL", "不合格", AppraisalResult.NOT_ELIGIBLE, "不参评");

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The dataset folder.")
    Path data;

    @Option(names = "--scheme", required = true, paramLabel = "FILE|ID",
            description = "A scheme document, or a reference scheme id (FOUR_GOOD_CHAMBER, FIVE_EXCELLENCE_COUNTY, "
                    + "CHAMBER_CLEANUP, COUNTY_ANNUAL_ASSESSMENT), optionally ID@VERSION.")
    String scheme;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "The period: 2017, 2017-H1, 2017-Q3, 2017-05 or 2017-01-01/2017-06-30.")
    String period;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "Evidence given besides the records (JSON Lines), winning over derived values "
                    + "(default: DIR/evidence.jsonl when it exists).")
    Path evidence;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The longest one call of a plug-in rule may take, in seconds (default 10); a rule that takes "
                    + "longer stops the appraisal (RULE_TIMEOUT).")
    BigDecimal ruleTimeout = BigDecimal.TEN;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output format: json (default; JSON Lines, one result per subject) or text.")
    Format format = Format.JSON;

    /** Creates the command (picocli fills in the options). */
    public AppraiseCommand() {}

    @Override
    protected int execute() {
        Path folder = requireFolder(data);
        ReportingPeriod p = requirePeriod(period);
        RuleRegistry registry = RuleRegistry.standard();
        Scheme chosen = resolveScheme(scheme, p, registry);
        Path evidenceFile = evidenceFile(folder);
        if (!checkFolder(folder)) {
            return PROBLEMS;
        }
        Progress progress = progress(lang().pick("评价", "Appraising"));
        AppraisalBatch batch;
        Map<String, String> names;
        List<DatasetProblem> repeats;
        long repeatCount;
        Appraiser appraiser = Appraiser.builder().registry(registry).ruleTimeout(requireTimeout(ruleTimeout)).build();
        try {
            EvidenceTable given = evidenceFile == null ? EvidenceTable.empty(p)
                    : EvidenceTable.read(evidenceFile, p);
            EvidenceSource source = EvidenceSource.of(Dataset.of(folder)
                    .withValidator(lang() == Lang.ZH ? FicValidator.chinese() : FicValidator.english()));
            batch = appraiser.appraiseAll(chosen, p, source, given);
            names = names(source);
            repeats = source.getProblems();
            repeatCount = source.getProblemCount();
        } catch (AppraisalException e) {
            progress.cancel();
            err().println(SafeText.forDisplay(lang().pick("错误：无法完成评价：", "error: the appraisal cannot finish: ")
                    + describe(e, appraiser.getFailedProviders())));
            printTrace(e);
            return PROBLEMS;
        } catch (OrganizationTreeException e) {
            progress.cancel();
            err().println(SafeText.forDisplay(lang().pick("错误：组织关系不成树（", "error: the organisations do not form a tree (")
                    + e.getMessage() + lang().pick("）；请先运行 validate 修正", "); run validate and fix them first")));
            printTrace(e);
            return PROBLEMS;
        } catch (DatasetReadException e) {
            progress.cancel();
            DatasetProblem pr = e.getProblem();
            err().println(SafeText.forDisplay(lang().pick("错误：无法读取 ", "error: cannot read ") + pr.getFile() + ":" + pr.getLine()
                    + (pr.getId().orElse(null) == null ? "" : " " + pr.getId().orElse(null)) + (pr.getProblemPath().isEmpty() ? "" : " " + pr.getProblemPath()) + " "
                    + pr.getProblemCode() + " " + pr.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ")
                    + (evidenceFile != null && pr.getFile().equals(SafeText.forDisplay(String.valueOf(evidenceFile.getFileName()))) ? ""
                            : lang().pick("；请先运行 validate --data " + data + " 修正",
                                    "; run validate --data " + data + " and fix it first"))));
            printTrace(e);
            return PROBLEMS;
        } catch (RuntimeException | Error e) {
            progress.cancel();
            throw e;
        }
        progress.done(batch.getResults().size());
        if (format == Format.JSON) {
            for (AppraisalResult r : batch.getResults()) {
                out().println(r.toJson());
            }
        } else {
            out().print(text(batch, chosen, names, lang()));
        }
        out().flush();
        if (repeatCount > 0) {
            long notListed = repeatCount - repeats.size();
            err().println(lang().pick("注意：" + repeatCount + " 个重复的记录只计一次（先出现的计入）"
                    + (notListed > 0 ? "，其中 " + notListed + " 个未列出" : "") + "：",
                    "note: " + repeatCount + " repeated records count once (the first one)"
                            + (notListed > 0 ? ", " + notListed + " of them not listed" : "") + ":"));
            for (DatasetProblem r : repeats) {
                err().println(SafeText.forDisplay(ValidateCommand.line(r, lang())));
            }
        }
        return OK;
    }

    /**
     * Chooses the scheme named by {@code --scheme}: the document in a file of that name when one
     * exists, else the reference scheme of that id ({@code ID@VERSION} for a given version, else
     * the version valid on the last day of the period).
     *
     * @param scheme    the text of {@code --scheme}, not null
     * @param period    the period, not null
     * @param registry  the rules a scheme document may use, not null
     * @return the scheme, never null
     * @throws UsageException if the file cannot be read or its document is rejected (with the JSON
     *         path and the problem code), or the id or version is unknown
     */
    Scheme resolveScheme(String scheme, ReportingPeriod period, RuleRegistry registry) {
        Path file;
        try {
            file = Path.of(scheme);
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Scheme.read(file, registry);
            } catch (SchemeLoadException e) {
                throw new UsageException(lang().pick(
                        "--scheme：" + file + "：方案被拒绝：" + e.getMessage() + "（" + e.getProblemCode() + "）",
                        "--scheme: " + file + ": scheme rejected: " + e.getMessage() + " (" + e.getProblemCode() + ")"), e);
            } catch (UncheckedIOException e) {
                throw new UsageException(lang().pick("--scheme：无法读取 " + file + "（" + e.getMessage() + "）",
                        "--scheme: cannot read " + file + " (" + e.getMessage() + ")"), e);
            }
        }
        if (file != null && Files.isDirectory(file)) {
            throw new UsageException(lang().pick("--scheme：" + file + " 是文件夹，请给出方案文件（JSON）或方案代码",
                    "--scheme: " + file + " is a folder; give a scheme document (JSON) or a scheme id"));
        }
        int at = scheme.indexOf('@');
        String id = at < 0 ? scheme : scheme.substring(0, at);
        String version = at < 0 ? null : scheme.substring(at + 1);
        SchemeCatalog catalog = SchemeCatalog.reference();
        List<Scheme> versions = catalog.getSchemes().stream().filter(s -> s.getId().equals(id)).toList();
        if (versions.isEmpty()) {
            String known = String.join(", ", SchemeCatalog.REFERENCE_IDS);
            throw new UsageException(lang().pick("--scheme：文件 " + scheme + " 不存在，也不是参考方案代码（" + known
                    + "）；请给出方案文件或参考方案代码", "--scheme: there is no file " + scheme
                    + " and no reference scheme of that id (" + known + "); give a scheme document or a reference scheme id"));
        }
        String available = versions.stream().map(s -> s.getVersion() + s.getValidFrom().map(
                f -> lang().pick("（自 " + f + " 起）", " (from " + f + ")")).orElse("")).collect(Collectors.joining(", "));
        if (version != null) {
            try {
                return catalog.get(id, version);
            } catch (NoSuchElementException e) {
                throw new UsageException(lang().pick("--scheme：" + id + " 没有版本 '" + version + "'；已有版本：" + available,
                        "--scheme: " + id + " has no version '" + version + "'; versions: " + available), e);
            }
        }
        return catalog.select(id, period.getEnd(), null).orElseThrow(() -> new UsageException(lang().pick(
                "--scheme：" + id + " 没有适用于 " + period.getEnd() + "（期末）的版本；已有版本：" + available + "；可写成 "
                        + id + "@" + versions.get(0).getVersion() + " 指定版本",
                "--scheme: " + id + " has no version valid on " + period.getEnd() + " (the end of the period); versions: "
                        + available + "; write " + id + "@" + versions.get(0).getVersion() + " to use one anyway")));
    }

    /**
     * Prints the problems of the folder ({@link Dataset#checkFolder()}) on stderr, one line each: a
     * misnamed file is a warning and the appraisal goes on; a folder without dataset files (or an
     * unreadable {@code evidence.jsonl}) is an error, and nothing is appraised.
     *
     * @return true when the appraisal can go on
     */
    private boolean checkFolder(Path folder) {
        boolean ok = true;
        for (DatasetProblem problem : Dataset.of(folder).checkFolder()) {
            DatasetProblem pr = io.github.ficsdk.core.io.ProblemMessages.localize(problem, lang().locale());
            String where = pr.getFile().equals(".") ? "" : pr.getFile() + lang().pick("：", ": ");
            String text = where + pr.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ") + lang().pick("（", " (")
                    + pr.getProblemCode() + lang().pick("）", ")");
            if (pr.isError()) {
                ok = false;
                err().println(lang().pick("错误：", "error: ") + text + lang().pick("；未评价任何对象", "; nothing is appraised"));
            } else {
                err().println(lang().pick("警告：", "warning: ") + text);
            }
        }
        return ok;
    }

    private java.time.Duration requireTimeout(BigDecimal seconds) {
        if (seconds.compareTo(new BigDecimal("0.001")) < 0 || seconds.compareTo(BigDecimal.valueOf(86_400)) > 0) {
            throw new UsageException(lang().pick("--rule-timeout：" + seconds.toPlainString() + " 秒不可用，请给出 0.001 到 86400 之间的秒数",
                    "--rule-timeout: " + seconds.toPlainString() + " s cannot be used; give a number of seconds from 0.001 to 86400"));
        }
        return java.time.Duration.ofNanos(seconds.movePointRight(9).longValue());
    }

    private Path evidenceFile(Path folder) {
        if (evidence != null) {
            if (!Files.isRegularFile(evidence)) {
                throw new UsageException(lang().pick("--evidence：文件 " + evidence + " 不存在，请给出 evidence.jsonl 文件",
                        "--evidence: file " + evidence + " does not exist; give an evidence.jsonl file"));
            }
            return evidence;
        }
        Path inFolder = folder.resolve(EVIDENCE_FILE);
        return Files.isRegularFile(inFolder) ? inFolder : null;
    }

    private String describe(AppraisalException e, Map<String, String> failedProviders) {
        String key = e.getEvidenceKey().orElse(null);
        if ("MISSING_EVIDENCE".equals(e.getProblemCode()) && key != null) {
            String failed = failedProviders.entrySet().stream().map(f -> f.getKey() + " (" + f.getValue() + ")")
                    .collect(Collectors.joining(", "));
            return lang().pick("评价对象 " + e.getSubject() + " 的规则 " + e.getRule() + "（" + e.getSection() + "）缺少证据 "
                    + key + "（MISSING_EVIDENCE）；请在 evidence.jsonl 中提供，或在方案中为该规则给出 ifMissing"
                    + (failed.isEmpty() ? "" : "；加载失败的证据提供者：" + failed),
                    e.getSubject() + ": rule " + e.getRule() + " in " + e.getSection() + " needs evidence " + key
                            + ", which is missing (MISSING_EVIDENCE); give it in evidence.jsonl or give the rule an ifMissing value"
                            + (failed.isEmpty() ? "" : "; evidence providers that failed to load: " + failed));
        }
        return e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ") + lang().pick("（", " (") + e.getProblemCode()
                + lang().pick("）", ")");
    }

    private void printTrace(Exception e) {
        if (common().isVerbose()) {
            printTrace(e, err());
        }
    }

    private static Map<String, String> names(EvidenceSource source) {
        Map<String, String> names = new HashMap<>();
        source.getFederations().forEach(f -> names.put(f.getId(), f.getName()));
        source.getChambers().forEach(c -> names.put(c.getId(), c.getName()));
        source.getPartyOrganizations().forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    /**
     * Renders a batch for people: per subject its name, then a table of dimensions and rules
     * (points, cap, explanation in the chosen language), the bonus, the total, the grade and the
     * vetoes; then the grade distribution overall and per federation subtree.
     *
     * @param batch   the results and their summary, not null
     * @param scheme  the scheme, not null
     * @param names   organisation names by id (an id without a name is shown alone), not null
     * @param lang    the language, not null
     * @return the text, never null
     */
    public static String text(AppraisalBatch batch, Scheme scheme, Map<String, String> names, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (AppraisalResult r : batch.getResults()) {
            out.append(SafeText.forDisplay(title(r.getSubject(), names) + lang.pick("  ", " - ") + scheme.getName()
                    + ' ' + r.getScheme() + '@' + r.getVersion() + lang.pick("，期间 ", ", period ") + r.getPeriod()))
                    .append('\n');
            if (!r.isEligible()) {
                out.append(lang.pick("不参评：", "not eligible: ")).append(SafeText.forDisplay(String.join(lang.pick("；", "; "),
                        r.getIneligibleReasons()))).append("\n\n");
                continue;
            }
            TextTable table = new TextTable(new boolean[] {false, true, true, false},
                    lang.pick("维度 / 规则", "dimension / rule"), lang.pick("得分", "points"), lang.pick("满分", "max"),
                    lang.pick("说明", "explanation"));
            for (DimensionResult d : r.getDimensions()) {
                table.add(lang.pick(d.getName(), d.getCode()), plain(d.getPoints()), plain(d.getMaxPoints()), "");
                rules(table, d.getRules(), lang);
            }
            if (scheme.getBonus().isPresent()) {
                table.add(lang.pick("加分", "bonus"), plain(r.getBonus()), plain(scheme.getBonus().get().getMaxPoints()), "");
                rules(table, r.getBonusRules(), lang);
            }
            out.append(table.render());
            out.append(lang.pick("总分 ", "total ")).append(plain(r.getTotal())).append(" / ")
                    .append(plain(scheme.getMaxTotal())).append(lang.pick("，等级 ", ", grade ")).append(grade(r.getGrade(), lang));
            if (!r.getVetoes().isEmpty()) {
                out.append(lang.pick("；一票否决：", "; vetoed: "))
                        .append(SafeText.forDisplay(String.join(lang.pick("、", ", "), r.getVetoes())));
            }
            r.getRecommendation().ifPresent(rec -> out.append(lang.pick("；建议 ", "; recommendation "))
                    .append(SafeText.forDisplay(lang.pick(recommendationName(scheme, rec), rec)))
                    .append(r.getRecommendationReasons().isEmpty() ? "" : lang.pick("（", " (")
                            + SafeText.forDisplay(String.join(lang.pick("；", "; "), r.getRecommendationReasons()))
                            + lang.pick("）", ")")));
            out.append("\n\n");
        }
        out.append(summary(batch.getSummary(), scheme, names, lang));
        return out.toString();
    }

    /**
     * Returns the name a scheme gives a recommendation code ({@code 注销} for {@code DEREGISTER}),
     * or the code when it gives none.
     *
     * @param scheme          the scheme, not null
     * @param recommendation  the code, not null
     * @return the name, never null
     */
    static String recommendationName(Scheme scheme, String recommendation) {
        for (RecommendationRule rule : scheme.getRecommendations()) {
            if (rule.getRecommendation().equals(recommendation) && rule.getName().isPresent()) {
                return rule.getName().get();
            }
        }
        return recommendation;
    }

    /**
     * Renders the grade distribution: a row for all subjects, then one row for each federation
     * subtree in the order of federation ids, one column per grade in the scheme's order.
     *
     * @param summary  the summary, not null
     * @param scheme   the scheme (for the order of its grades), not null
     * @param names    organisation names by id, not null
     * @param lang     the language, not null
     * @return the text, never null
     */
    public static String summary(AppraisalSummary summary, Scheme scheme, Map<String, String> names, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (AppraisalSummary.SchemeSummary s : summary.getSchemes()) {
            Set<String> grades = new LinkedHashSet<>();
            scheme.getGrades().stream().map(GradeBand::getGrade).forEach(grades::add);
            grades.addAll(s.getGrades().keySet());
            long count = s.getGrades().values().stream().mapToLong(Long::longValue).sum();
            out.append(SafeText.forDisplay(lang.pick("等级分布：" + s.getScheme() + "@" + s.getVersion() + "，共 " + count + " 个评价对象",
                    "grade distribution: " + s.getScheme() + "@" + s.getVersion() + ", " + Units.count(count, "subject")))).append('\n');
            List<String> header = new ArrayList<>();
            header.add(lang.pick("范围", "scope"));
            header.add(lang.pick("合计", "all"));
            for (String g : grades) {
                header.add(grade(g, lang));
            }
            boolean[] right = new boolean[header.size()];
            java.util.Arrays.fill(right, 1, right.length, true);
            TextTable table = new TextTable(right, header.toArray(String[]::new));
            table.add(row(lang.pick("全部", "all subjects"), s.getGrades(), grades));
            s.getBySubtree().forEach((federation, counts) -> table.add(row(title(federation, names), counts, grades)));
            out.append(table.render());
        }
        return out.toString();
    }

    private static String[] row(String label, Map<String, Long> counts, Set<String> grades) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        cells.add(String.valueOf(counts.values().stream().mapToLong(Long::longValue).sum()));
        for (String g : grades) {
            cells.add(String.valueOf(counts.getOrDefault(g, 0L)));
        }
        return cells.toArray(String[]::new);
    }

    private static void rules(TextTable table, List<RuleResult> rules, Lang lang) {
        for (RuleResult rule : rules) {
            table.add("  " + rule.rule(), plain(rule.getPoints()), plain(rule.maxPoints()),
                    lang.pick(rule.getExplanation(), rule.getExplanationEn()));
        }
    }

    private static String title(String id, Map<String, String> names) {
        String name = names.get(id);
        return name == null ? id : id + " " + name;
    }

    private static String grade(String grade, Lang lang) {
        String zh = GRADES_ZH.get(grade);
        return lang == Lang.ZH && zh != null ? grade + "（" + zh + "）" : grade;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
