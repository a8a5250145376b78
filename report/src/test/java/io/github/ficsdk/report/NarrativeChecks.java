package io.github.ficsdk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a narrative must never say, checked from its text and the report's exact figures: a 0
 * figure, a number with more than two decimals, an approximation its exact figure contradicts
 * ("X 多" ⇒ X ≤ value &lt; X + step; "近 N" ⇒ value &lt; N, N one significant digit, within 10%),
 * the subject named twice in a section (or not at all).
 */
public final class NarrativeChecks {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final Pattern TOO_PRECISE = Pattern.compile("\\d+\\.\\d{3,}");
    private static final Pattern NEARLY = Pattern.compile("近 (\\d+(?:\\.\\d+)?)");
    private static final Pattern ABOUT = Pattern.compile("(\\d+(?:\\.\\d+)?) [^\\d\\s，。、（）]*?[多余]");

    private NarrativeChecks() {}

    public static List<String> violations(Report report, IndicatorCatalog catalog, Narrative.Text text) {
        List<String> out = new ArrayList<>();
        String subject = report.subject(report.getScope());
        List<String> approximations = new ArrayList<>();
        for (ReportValue v : report.getValues()) {
            if (v.getScope().equals(report.getScope()) && v.getKind().orElse(null) == null && v.getPeriod().equals(report.getPeriod())
                    && v.getValue().signum() != 0) {
                String w = Narrative.word(v, catalog);
                String why = untrue(v, w);
                if (why != null) {
                    out.add(v.getIndicator() + " = " + v.getValue() + " worded '" + w + "': " + why);
                }
                if (w.contains("近") || w.contains("多") || w.contains("余")) {
                    approximations.add(w);
                }
            }
        }
        for (Narrative.RenderedSection section : text.getSections()) {
            String body = String.join("", section.getSentences());
            Matcher m = NUMBER.matcher(body);
            while (m.find()) {
                if (new BigDecimal(m.group()).signum() == 0) {
                    out.add("a 0 figure in: " + body);
                }
            }
            if (TOO_PRECISE.matcher(body).find()) {
                out.add("more than two decimals in: " + body);
            }
            int count = occurrences(body, subject);
            if (count != 1) {
                out.add("the subject '" + subject + "' " + count + " times in: " + body);
            }
            Matcher n = NEARLY.matcher(body);
            while (n.find()) {
                BigDecimal round = new BigDecimal(n.group(1)).stripTrailingZeros();
                if (round.precision() != 1) {
                    out.add("近 " + n.group(1) + " is not a round number in: " + body);
                }
            }
            for (Matcher a = ABOUT.matcher(body); a.find(); ) {
                String phrase = a.group();
                if (approximations.stream().noneMatch(w -> w.startsWith(phrase) || phrase.startsWith(w))) {
                    out.add("'" + phrase + "' is no checked wording of a figure in: " + body);
                }
            }
        }
        return out;
    }

    /** Why a wording is not true of its exact figure, or null when it is. */
    public static String untrue(ReportValue v, String w) {
        BigDecimal x = v.getValue();
        if (v.getUnit().equals("元")) {
            if (w.contains("亿")) {
                x = x.divide(BigDecimal.valueOf(100_000_000L));
            } else if (w.contains("万")) {
                x = x.divide(BigDecimal.valueOf(10_000L));
            }
        }
        Matcher m = NUMBER.matcher(w);
        if (!m.find()) {
            return "no number";
        }
        BigDecimal shown = new BigDecimal(m.group());
        if (w.startsWith("近 ")) {
            if (shown.compareTo(x) <= 0) {
                return "近 N with N not above the value";
            }
            if (x.multiply(BigDecimal.TEN).compareTo(shown.multiply(BigDecimal.valueOf(9))) < 0) {
                return "近 N with N more than 10% above the value";
            }
            return shown.stripTrailingZeros().precision() == 1 ? null : "近 N with N not a round number";
        }
        if (w.contains("多") || w.contains("余")) {
            int digits = x.setScale(0, RoundingMode.FLOOR).precision();
            BigDecimal step = BigDecimal.TEN.pow(Math.max(0, digits - (digits >= 3 ? 2 : 1)));
            if (shown.compareTo(x) > 0 || x.compareTo(shown.add(step)) >= 0) {
                return "X 多 with the value not in [X, X + " + step + ")";
            }
            return shown.compareTo(x) == 0 ? "X 多 of a round value" : null;
        }
        return shown.compareTo(x.setScale(Math.min(2, Math.max(0, x.scale())), RoundingMode.HALF_UP)) == 0 ? null
                : "the exact wording shows " + shown;
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
