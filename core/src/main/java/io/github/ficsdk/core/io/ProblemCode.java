package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the problem catalogue of the FIC SDK, such as {@code END_BEFORE_START}: an error,
 * described as "end before start" and 结束日期早于开始日期. The catalogue holds every problem code
 * that the SDK produces, whatever module produces it (a {@link DatasetProblem}, a Bean Validation
 * {@link io.github.ficsdk.validation.Problem}, any {@link io.github.ficsdk.validation.FicProblem}
 * exception), in one resource, {@code problem-codes.tsv} next to this class.
 *
 * <pre>{@code
 * ProblemCode code = ProblemCode.of("END_BEFORE_START");
 * code.getSeverity();                                   // ERROR
 * code.getDescription(Locale.SIMPLIFIED_CHINESE);       // "结束日期早于开始日期"
 * ProblemCode.find(problem.getProblemCode()).isPresent(); // true for every problem of the SDK
 * }</pre>
 *
 * <p>The severity is the one the SDK gives the code; a Bean Validation constraint declared with
 * {@link io.github.ficsdk.validation.Severity.Warning} makes its codes warnings. The codes are
 * documented with the packages that produce them ({@code io.github.ficsdk.core.io},
 * {@code io.github.ficsdk.core.appraisal}, {@code io.github.ficsdk.report}, the module
 * {@code fic-validation}); {@link ProblemMessages} localizes messages with these descriptions.
 *
 * <p>There is one instance per code. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ProblemCode {

    private static final String RESOURCE = "problem-codes.tsv";

    ProblemCode() {}

    /**
     * Returns the entry of a code.
     *
     * @param code  the problem code, such as {@code END_BEFORE_START}, not null
     * @return the entry, empty for a code the SDK does not produce; never null
     */
    public static Optional<ProblemCode> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(Catalogue.CODES.get(code));
    }

    /**
     * Returns the entry of a code the SDK produces.
     *
     * @param code  the problem code, such as {@code END_BEFORE_START}, not null
     * @return the entry, never null
     * @throws IllegalArgumentException if the catalogue has no such code
     */
    public static ProblemCode of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown problem code: "
                + io.github.ficsdk.validation.SafeText.forDisplay(code)));
    }

    /**
     * Returns every entry of the catalogue, grouped as the documentation groups them (files,
     * lines and records, across records, national standards, schemes, appraisal, reports).
     *
     * @return an unmodifiable list, never null
     */
    public static List<ProblemCode> values() {
        return Catalogue.LIST;
    }

    /**
     * Returns the code, such as {@code END_BEFORE_START}.
     *
     * @return the stable UPPER_SNAKE code, never null
     */
    public abstract String getCode();

    /**
     * Returns the severity the SDK gives the code: {@link Severity#WARNING} for a record that is
     * kept (such as {@code UNKNOWN_REFERENCE}), {@link Severity#ERROR} otherwise.
     *
     * @return the severity, never null
     */
    public abstract Severity getSeverity();

    /**
     * Returns the short description of the code, such as 结束日期早于开始日期 or "end before start".
     *
     * @param locale  the language: Chinese for any {@code zh} locale, English otherwise; not null
     * @return the description, never null
     */
    public String getDescription(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese() : english();
    }

    /** The description in English, such as "end before start". */
    abstract String english();

    /** The description in Chinese, such as 结束日期早于开始日期. */
    abstract String chinese();

    /**
     * Returns whether the messages of problems with this code come from Bean Validation message
     * bundles ({@code fic.CODE}) and so are already in the validator's language, as for
     * {@code CREDIT_CODE_CHECK_CHARACTER}; otherwise the SDK's messages are English details that
     * {@link ProblemMessages#localize(DatasetProblem, Locale)} describes for a Chinese reader.
     *
     * @return true for a code of a Bean Validation constraint
     */
    public abstract boolean isLocalizedByValidator();

    /**
     * Returns the code.
     *
     * @return the code, never null
     */
    @Override
    public String toString() {
        return getCode();
    }

    /** The catalogue, read once from the resource when first used. */
    private static final class Catalogue {
        static final Map<String, ProblemCode> CODES;
        static final List<ProblemCode> LIST;

        static {
            Map<String, ProblemCode> codes = new LinkedHashMap<>();
            try (InputStream in = ProblemCode.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int n = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    n++;
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    ProblemCode entry = parse(line, n);
                    if (codes.put(entry.getCode(), entry) != null) {
                        throw new IllegalStateException(RESOURCE + ":" + n + ": code " + entry.getCode() + " given twice");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CODES = Collections.unmodifiableMap(codes);
            LIST = List.copyOf(new ArrayList<>(codes.values()));
        }

        private static ProblemCode parse(String line, int n) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 5 || !cells[0].matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")
                    || !(cells[2].equals("detail") || cells[2].equals("validator"))
                    || cells[3].isBlank() || cells[4].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": expected code, ERROR|WARNING, "
                        + "detail|validator, English, Chinese separated by tabs");
            }
            return ImmutableProblemCode.builder().code(cells[0]).severity(Severity.valueOf(cells[1]))
                    .localizedByValidator(cells[2].equals("validator")).english(cells[3]).chinese(cells[4]).build();
        }
    }
}
