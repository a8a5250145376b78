package io.github.ficsdk.report;

import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.validation.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The Chinese narrative of a report in the style of a work report, such as
 * "（一）围绕中心、主动作为，发挥工商联独特优势助推中心工作。全市工商联系统上半年累计走访商会协会 196 家次、
 * 企业 597 家，汇编并赠送各类《政策汇编》3514 本。"
 *
 * <p>A narrative is a table of {@linkplain Section sections} (in the seed report's order, each
 * with its heading), each a list of {@linkplain Sentence sentences}, each a list of
 * {@linkplain Part parts} ("累计走访" + "商会协会 {VISIT.TARGETS.CHAMBER}"、"企业 {…}") whose items
 * hold placeholders {@code {CODE}} for the figures of the report's total row. It states only what
 * is true:
 * <ul>
 * <li>an item whose figure is 0 (or shows as 0) is left out, a part without items is left out, a
 *     part that only makes sense after the previous one ({@link Part#following}) goes with it, a
 *     sentence without parts and a section without sentences disappear; the sections kept are
 *     numbered （一）, （二） …;</li>
 * <li>an item whose figure the report does not hold (not requested) is left out the same way;
 *     every item left out is listed in {@link Text#getOmitted()} with the reason
 *     ({@link OmissionReason}), so nothing is dropped silently;</li>
 * <li>figures are worded with the catalog's unit and approximation ({@link #word}): amounts in
 *     亿元 from 1 亿, in 万元 from 1 万 and in 元 below, with at most two decimals; "X 多" and
 *     "近 N" only where the exact figure makes them true ({@link Approximation});</li>
 * <li>the subject is named once per section, at its first sentence: 全市工商联系统 (or 全县工商联系统 …)
 *     when the scope is a federation with organisations below it, else its short name, else its
 *     name ({@link Report#subject(String)}), followed by the period (上半年, 全年 …);</li>
 * <li>when the report has comparisons, a figure is followed by them: "（同比增长 12.3%，完成全年目标的
 *     65.7%）" (a percentage that shows as 0.0% is not stated; an unchanged figure is 与上年同期持平).</li>
 * </ul>
 * Names from the data (the subject, the issuer) are shown through
 * {@link SafeText#forDisplay(String)}: ID-card and mobile numbers masked, control and
 * bidirectional characters as visible escapes.
 *
 * <pre>{@code
 * Narrative.Text text = Narrative.standard()
 *         .withHeader("FIC-H1", "嘉兴市工商业联合会")
 *         .compose(report, IndicatorCatalog.standard());
 * text.toString();     // the header and one paragraph per section
 * text.getOmitted();   // what was left out, and why
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Narrative {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);
    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * One part of a sentence: a lead ("累计走访") and items joined by 、 ("商会协会 {VISIT.TARGETS.CHAMBER}",
     * "企业 {VISIT.DISTINCT.ENTERPRISE}"); the parts of a sentence are joined by ，.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class Part {

        Part() {}

        /**
         * Creates a part.
         *
         * @param lead       the lead, not null
         * @param items      the items, not null, not empty
         * @param following  whether it goes with the previous part
         * @return the part, never null
         * @throws IllegalArgumentException if there is no item
         */
        public static Part of(String lead, List<String> items, boolean following) {
            return ImmutablePart.of(lead, items, following);
        }

        /**
         * Creates a part that stands on its own.
         *
         * @param lead   the lead, not null
         * @param items  the items, not empty
         * @return the part, never null
         */
        public static Part of(String lead, String... items) {
            return of(lead, List.of(items), false);
        }

        /**
         * Creates a part that goes with the previous part of its sentence.
         *
         * @param lead   the lead, not null
         * @param items  the items, not empty
         * @return the part, never null
         */
        public static Part following(String lead, String... items) {
            return of(lead, List.of(items), true);
        }

        /**
         * Returns the words before the items.
         *
         * @return the words before the items, never null (may be empty)
         */
        @Value.Parameter
        public abstract String getLead();

        /**
         * Returns the items, each with at least one placeholder {@code {CODE}}.
         *
         * @return the items, each with at least one placeholder {@code {CODE}}, never null
         */
        @Value.Parameter
        public abstract List<String> getItems();

        /**
         * Returns whether the part only makes sense after the previous part of its sentence
         * ("其中 1 件作为大会发言" after "提交团体提案 6 件"), and goes with it.
         *
         * @return true when it goes with the previous part
         */
        @Value.Parameter
        public abstract boolean isFollowing();

        @Value.Check
        void check() {
            if (getItems().isEmpty()) {
                throw new IllegalArgumentException("a part needs at least one item");
            }
        }
    }

    /**
     * One sentence: its id (for the list of omissions), its parts, and whether the section's subject
     * may open it.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class Sentence {

        Sentence() {}

        /**
         * Creates a sentence.
         *
         * @param id     the id, not null
         * @param parts  the parts, not empty
         * @return the sentence, never null
         * @throws IllegalArgumentException if there is no part
         */
        public static Sentence of(String id, List<Part> parts) {
            return ImmutableSentence.of(id, parts);
        }

        /**
         * Returns the sentence id, such as {@code VISIT}.
         *
         * @return the sentence id, such as {@code VISIT}, never null
         */
        @Value.Parameter
        public abstract String getId();

        /**
         * Returns the parts.
         *
         * @return the parts, never null, not empty
         */
        @Value.Parameter
        public abstract List<Part> getParts();

        @Value.Check
        void check() {
            if (getParts().isEmpty()) {
                throw new IllegalArgumentException("sentence " + getId() + " needs at least one part");
            }
        }
    }

    /**
     * One section: its id, its heading (without the number, which is given when rendering) and its
     * sentences.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class Section extends AbstractSection<Sentence> {

        Section() {
            super("Section");
        }

        /**
         * Creates a section.
         *
         * @param id         the id, not null
         * @param heading    the heading, not null
         * @param sentences  the sentences, not null
         * @return the section, never null
         */
        public static Section of(String id, String heading, List<Sentence> sentences) {
            return ImmutableSection.of(id, heading, sentences);
        }
    }

    /**
     * Why an item of a sentence was left out.
     *
     * @since 0.2
     */
    public enum OmissionReason {
        /** Its figure is 0, or shows as 0 in its unit. */
        ZERO,
        /** The report does not hold its figure (the indicator was not requested). */
        NOT_REQUESTED,
        /** It follows a part of its sentence that was left out. */
        FOLLOWS_OMITTED
    }

    /**
     * An item left out of the narrative.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class Omission {

        Omission() {}

        /**
         * Creates an omission.
         *
         * @param section     the section id, not null
         * @param sentence    the sentence id, not null
         * @param item        the item's template, not null
         * @param indicators  the indicator codes, not null
         * @param reason      the reason, not null
         * @return the omission, never null
         */
        public static Omission of(String section, String sentence, String item, List<String> indicators,
                OmissionReason reason) {
            return ImmutableOmission.of(section, sentence, item, indicators, reason);
        }

        /**
         * Returns the section id.
         *
         * @return the section id, never null
         */
        @Value.Parameter
        public abstract String getSection();

        /**
         * Returns the sentence id.
         *
         * @return the sentence id, never null
         */
        @Value.Parameter
        public abstract String getSentence();

        /**
         * Returns the item's template, such as {@code 企业{VISIT.DISTINCT.ENTERPRISE}}.
         *
         * @return the item's template, such as {@code 企业{VISIT.DISTINCT.ENTERPRISE}}, never null
         */
        @Value.Parameter
        public abstract String getItem();

        /**
         * Returns the indicator codes of the item.
         *
         * @return the indicator codes of the item, never null
         */
        @Value.Parameter
        public abstract List<String> getIndicators();

        /**
         * Returns why.
         *
         * @return why, never null
         */
        @Value.Parameter
        public abstract OmissionReason getReason();
    }

    /**
     * A section as rendered.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class RenderedSection extends AbstractSection<String> {

        RenderedSection() {
            super("RenderedSection");
        }

        /**
         * Creates a rendered section.
         *
         * @param id         the id, not null
         * @param heading    the heading, not null
         * @param sentences  the sentences, not null
         * @return the rendered section, never null
         */
        public static RenderedSection of(String id, String heading, List<String> sentences) {
            return ImmutableRenderedSection.of(id, heading, sentences);
        }

        /**
         * Returns the paragraph: the heading with 。, then the sentences.
         *
         * @return the paragraph, never null
         */
        public String getParagraph() {
            String heading = getHeading();
            return (heading.isEmpty() ? "" : heading + "。") + String.join("", getSentences());
        }
    }

    /**
     * A rendered narrative: the header line (or empty), the sections kept, and what was left out.
     *
     * @since 0.2
     */
    @Value.Immutable
    public abstract static class Text {

        Text() {}

        /**
         * Creates a rendered narrative.
         *
         * @param header    the header, not null
         * @param sections  the sections, not null
         * @param omitted   the omissions, not null
         * @return the rendered narrative, never null
         */
        public static Text of(String header, List<RenderedSection> sections, List<Omission> omitted) {
            return ImmutableText.of(header, sections, omitted);
        }

        /**
         * Returns the text: the header line (when set), then one paragraph per section.
         *
         * @return the text, ending with a line feed, never null
         */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            if (!getHeader().isEmpty()) {
                out.append(getHeader()).append('\n');
            }
            for (RenderedSection s : getSections()) {
                out.append(s.getParagraph()).append('\n');
            }
            if (getSections().isEmpty()) {
                out.append('\n');
            }
            return out.toString();
        }

        /**
         * Returns the report-form header line without line feed, or empty.
         *
         * @return the report-form header line without line feed, or empty; never null
         */
        @Value.Parameter
        public abstract String getHeader();

        /**
         * Returns the sections kept.
         *
         * @return the sections kept, never null
         */
        @Value.Parameter
        public abstract List<RenderedSection> getSections();

        /**
         * Returns the items left out and why.
         *
         * @return the items left out and why, never null
         */
        @Value.Parameter
        public abstract List<Omission> getOmitted();
    }

    private final List<Section> sections;
    private final String formNumber;
    private final String issuer;
    private final String scopeName;

    private Narrative(List<Section> sections, String formNumber, String issuer, String scopeName) {
        this.sections = List.copyOf(sections);
        this.formNumber = formNumber;
        this.issuer = issuer;
        this.scopeName = scopeName;
    }

    /**
     * Returns the narrative of the seed work report's statistics, section by section.
     *
     * @return the narrative, never null
     */
    public static Narrative standard() {
        return new Narrative(StandardNarrative.sections(), null, null, null);
    }

    /**
     * Returns a narrative of one's own sentence templates, in one section without heading: each
     * template is one sentence of one item, {@code {scope}} standing for the subject (given once:
     * at its first use). A sentence with a figure that is 0 or not in the report is left out.
     *
     * @param sentences  the templates, not null
     * @return the narrative, never null
     */
    public static Narrative of(List<String> sentences) {
        List<Sentence> list = new ArrayList<>();
        int n = 0;
        for (String template : sentences) {
            list.add(Sentence.of("S" + ++n, List.of(Part.of("", List.of(template), false))));
        }
        return new Narrative(List.of(Section.of("SENTENCES", "", list)), null, null, null);
    }

    /**
     * Returns the sentence templates, one string per sentence (its parts and items joined as they
     * would be rendered, placeholders kept).
     *
     * @return the templates, never null
     */
    public List<String> getSentences() {
        List<String> out = new ArrayList<>();
        for (Section section : sections) {
            for (Sentence sentence : section.getSentences()) {
                List<String> parts = new ArrayList<>();
                for (Part p : sentence.getParts()) {
                    parts.add(p.getLead() + String.join("、", p.getItems()));
                }
                out.add(String.join("，", parts) + "。");
            }
        }
        return out;
    }

    /**
     * Returns the sections.
     *
     * @return the sections, in order, never null
     * @since 0.2
     */
    public List<Section> getSections() {
        return sections;
    }

    /**
     * Returns this narrative with a section added at the end, or replacing the section of the same id.
     *
     * @param section  the section, not null
     * @return the narrative, never null
     * @since 0.2
     */
    public Narrative withSection(Section section) {
        Objects.requireNonNull(section, "section");
        List<Section> out = new ArrayList<>();
        boolean replaced = false;
        for (Section s : sections) {
            if (s.getId().equals(section.getId())) {
                out.add(section);
                replaced = true;
            } else {
                out.add(s);
            }
        }
        if (!replaced) {
            out.add(section);
        }
        return new Narrative(out, formNumber, issuer, scopeName);
    }

    /**
     * Returns this narrative with a sentence added at the end of a section.
     *
     * @param sectionId  the section's id, not null
     * @param sentence   the sentence, not null
     * @return the narrative, never null
     * @throws IllegalArgumentException if no section has the id
     * @since 0.2
     */
    public Narrative withSentence(String sectionId, Sentence sentence) {
        Objects.requireNonNull(sentence, "sentence");
        for (Section s : sections) {
            if (s.getId().equals(sectionId)) {
                List<Sentence> list = new ArrayList<>(s.getSentences());
                list.add(sentence);
                return withSection(Section.of(s.getId(), s.getHeading(), list));
            }
        }
        throw new IllegalArgumentException("no section " + sectionId + " in this narrative");
    }

    /**
     * Returns this narrative with a report-form header.
     *
     * @param formNumber  the form number, such as {@code FIC-H1}, not null
     * @param issuer      the issuing body, not null
     * @return the narrative, never null
     */
    public Narrative withHeader(String formNumber, String issuer) {
        return new Narrative(sections, Objects.requireNonNull(formNumber, "formNumber"),
                Objects.requireNonNull(issuer, "issuer"), scopeName);
    }

    /**
     * Returns this narrative with the words that name the subject, such as 全市工商联系统, instead
     * of the report's own ({@link Report#subject(String)}).
     *
     * @param words  the wording, not null
     * @return the narrative, never null
     */
    public Narrative withScopeName(String words) {
        return new Narrative(sections, formNumber, issuer, Objects.requireNonNull(words, "words"));
    }

    /**
     * Renders the narrative of a report as text.
     *
     * @param report   the report, not null
     * @param catalog  the wording of the indicators, not null
     * @return the text: the header (when set) and one paragraph per section, never null
     */
    public String render(Report report, IndicatorCatalog catalog) {
        return compose(report, catalog).toString();
    }

    /**
     * Renders the narrative of a report: the sections kept and what was left out, and why.
     *
     * @param report   the report, not null
     * @param catalog  the wording of the indicators, not null
     * @return the narrative, never null
     * @since 0.2
     */
    public Text compose(Report report, IndicatorCatalog catalog) {
        String header = formNumber == null ? "" : "表号：" + SafeText.forDisplay(formNumber) + "    填报单位："
                + SafeText.forDisplay(issuer) + "    报告期：" + periodInChinese(report.getPeriod());
        String subject = spaced(SafeText.forDisplay(scopeName == null ? report.subject(report.getScope()) : scopeName),
                periodWords(report.getPeriod()));
        List<RenderedSection> rendered = new ArrayList<>();
        List<Omission> omitted = new ArrayList<>();
        for (Section section : sections) {
            List<String> sentences = new ArrayList<>();
            for (Sentence sentence : section.getSentences()) {
                sentence(section.getId(), sentence, report, catalog, sentences.isEmpty() ? subject : "", omitted)
                        .ifPresent(sentences::add);
            }
            if (!sentences.isEmpty()) {
                String heading = section.getHeading().isEmpty() ? ""
                        : "（" + number(rendered.size() + 1) + "）" + section.getHeading();
                rendered.add(RenderedSection.of(section.getId(), heading, sentences));
            }
        }
        return Text.of(header, rendered, omitted);
    }

    private static String number(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        return n < 20 ? "十" + NUMERALS.charAt(n - 11) : String.valueOf(n);
    }

    /** The period as a report names it after the subject: 上半年, 全年, 第三季度, 5月; nothing for a range. */
    static String periodWords(String period) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        return switch (p.getKind()) {
            case YEAR -> "全年";
            case HALF_YEAR -> p.getStart().getMonthValue() == 1 ? "上半年" : "下半年";
            case QUARTER -> "第" + "一二三四".charAt((p.getStart().getMonthValue() - 1) / 3) + "季度";
            case MONTH -> p.getStart().getMonthValue() + " 月";
            case RANGE -> "";
        };
    }

    private Optional<String> sentence(String sectionId, Sentence sentence, Report report, IndicatorCatalog catalog,
            String subject, List<Omission> omitted) {
        List<String> parts = new ArrayList<>();
        boolean previousKept = true;
        for (Part part : sentence.getParts()) {
            if (part.isFollowing() && !previousKept) {
                for (String item : part.getItems()) {
                    omitted.add(Omission.of(sectionId, sentence.getId(), item, codes(item),
                            OmissionReason.FOLLOWS_OMITTED));
                }
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String item : part.getItems()) {
                item(sectionId, sentence.getId(), item, report, catalog, omitted).ifPresent(items::add);
            }
            previousKept = !items.isEmpty();
            if (previousKept) {
                parts.add(spaced(part.getLead(), String.join("、", items)));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join("，", parts);
        // a legacy template names the subject with {scope}; a declared sentence is opened by it
        boolean legacy = text.contains("{scope}");
        text = legacy ? replaceScope(text, subject) : spaced(subject, text);
        return Optional.of(text.endsWith("。") ? text : text + "。");
    }

    private static String replaceScope(String text, String subject) {
        int at = text.indexOf("{scope}");
        String first = text.substring(0, at) + subject + text.substring(at + "{scope}".length());
        return first.replace("{scope}", "");
    }

    private static List<String> codes(String item) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(item);
        while (m.find()) {
            if (!m.group(1).equals("scope")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static Optional<String> item(String sectionId, String sentenceId, String template, Report report,
            IndicatorCatalog catalog, List<Omission> omitted) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String key = m.group(1);
            out.append(template, last, m.start());
            last = m.end();
            if (key.equals("scope")) {
                out.append("{scope}");
                continue;
            }
            Optional<ReportValue> value = report.total(key);
            if (value.isEmpty()) {
                omitted.add(Omission.of(sectionId, sentenceId, template, codes(template), OmissionReason.NOT_REQUESTED));
                return Optional.empty();
            }
            Optional<String> worded = wordNonZero(value.get(), catalog);
            if (worded.isEmpty()) {
                omitted.add(Omission.of(sectionId, sentenceId, template, codes(template), OmissionReason.ZERO));
                return Optional.empty();
            }
            String replaced = spaced(out.toString(), worded.get() + comparisons(value.get()));
            out.setLength(0);
            out.append(replaced);
        }
        return Optional.of(spaced(out.toString(), template.substring(last)));
    }

    /** The comparisons of a figure: "（同比增长 12.3%，完成全年目标的 65.7%）", or nothing. */
    static String comparisons(ReportValue value) {
        List<String> said = new ArrayList<>();
        if (value.getLastYear().orElse(null) != null) {
            BigDecimal change = value.getChange().orElseThrow();
            if (change.signum() == 0) {
                said.add("与上年同期持平");
            } else {
                value.getChangePercent().filter(p -> p.signum() != 0).ifPresent(p -> said.add("同比"
                        + (p.signum() > 0 ? "增长 " : "下降 ") + Approximation.plain(p.abs()) + "%"));
            }
        }
        value.getCompletionPercent().filter(p -> p.signum() != 0)
                .ifPresent(p -> said.add("完成全年目标的 " + Approximation.plain(p) + "%"));
        return said.isEmpty() ? "" : "（" + String.join("，", said) + "）";
    }

    /**
     * Joins two pieces of Chinese text with the seed report's spacing: a space between a Chinese
     * character and an Arabic number (走访商会协会 196 家次), none next to punctuation.
     */
    static String spaced(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        boolean digitAfterWord = isDigit(b) && isWord(a);
        boolean wordAfterDigit = isDigit(a) && isWord(b) && !right.startsWith("%");
        return digitAfterWord || wordAfterDigit ? left + " " + right : left + right;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWord(char c) {
        return Character.isLetter(c) && !Character.isWhitespace(c);
    }

    /**
     * Words one figure with its unit and approximation, as the narrative does: amounts in 亿元 from
     * 1 亿, in 万元 from 1 万 and in 元 below (when the catalog shows the amount in 万元 or 亿元),
     * at most two decimals (half-up); "X 多", "近 N" and "X 余" only where the exact figure makes them
     * true.
     *
     * @param value    the figure, not null
     * @param catalog  the wording of the indicators, not null
     * @return the wording, such as {@code 4000 多人次} or {@code 3725 万元}, never null
     */
    public static String word(ReportValue value, IndicatorCatalog catalog) {
        IndicatorInfo info = catalog.info(value.getIndicator());
        BigDecimal figure = value.getValue();
        String unit = info.getUnit();
        if ("元".equals(value.getUnit()) && (unit.equals("万元") || unit.equals("亿元"))) {
            BigDecimal yuan = figure.abs();
            if (yuan.compareTo(YI) >= 0) {
                unit = "亿元";
                figure = figure.divide(YI);
            } else if (yuan.compareTo(WAN) >= 0) {
                unit = "万元";
                figure = figure.divide(WAN);
            } else {
                unit = "元";
            }
        } else if ("元".equals(value.getUnit())) {
            unit = "元";
        }
        Approximation approximation = info.getApproximation();
        if (figure.signum() < 0 || approximation == Approximation.EXACT
                || approximation.round(figure).compareTo(figure) == 0) {
            BigDecimal shown = figure.scale() > 2 ? figure.setScale(2, RoundingMode.HALF_UP) : figure;
            return Approximation.plain(shown) + (unit.isEmpty() ? "" : " " + unit);
        }
        return approximation.format(figure, unit);
    }

    /** The wording of a figure, empty when the figure is 0 or shows as 0. */
    private static Optional<String> wordNonZero(ReportValue value, IndicatorCatalog catalog) {
        if (value.getValue().signum() == 0) {
            return Optional.empty();
        }
        String worded = word(value, catalog);
        Matcher m = Pattern.compile("\\d+(\\.\\d+)?").matcher(worded);
        if (m.find() && new BigDecimal(m.group()).signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(worded);
    }

    /**
     * Writes a period in Chinese: {@code 2017-H1} → 2017年上半年, {@code 2017-Q3} → 2017年第三季度,
     * {@code 2017-05} → 2017年5月, a range → 2017年1月1日至2017年6月30日.
     *
     * @param period  the period as written, not null
     * @return the Chinese text, never null
     */
    public static String periodInChinese(String period) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        int year = p.getStart().getYear();
        return switch (p.getKind()) {
            case YEAR -> year + "年";
            case HALF_YEAR -> year + (p.getStart().getMonthValue() == 1 ? "年上半年" : "年下半年");
            case QUARTER -> year + "年第" + "一二三四".charAt((p.getStart().getMonthValue() - 1) / 3) + "季度";
            case MONTH -> year + "年" + p.getStart().getMonthValue() + "月";
            case RANGE -> day(p.getStart()) + "至" + day(p.getEnd());
        };
    }

    private static String day(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
