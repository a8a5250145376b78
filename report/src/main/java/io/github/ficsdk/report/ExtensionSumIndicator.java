package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A custom indicator of the most common form: the sum of a numeric extension field over the
 * activities of one kind, such as the volunteer hours ({@code "extensions": {"hours": 3.5}}) of
 * {@code X_VOLUNTEER} activities. An activity of the kind without the field (or with a blank text
 * there) adds 0; a field of text
 * counts when the text is a plain decimal number ({@code "3.5"}, as a CSV or spreadsheet ledger
 * gives it), and any other text ({@code "三小时"}, {@code "1,000"}) stops the report, as a negative
 * number does for any {@link CustomIndicator}: the figure is refused, never silently short.
 *
 * <pre>{@code
 * public final class VolunteerHours extends ExtensionSumIndicator {
 *     public VolunteerHours() {
 *         super(IndicatorInfo.of("X_VOLUNTEER.HOURS", "志愿服务时长", "volunteer hours", "小时",
 *                 Approximation.EXACT), ActivityKind.parse("X_VOLUNTEER"), "hours");
 *     }
 * }
 * }</pre>
 *
 * <p>Registered like any custom indicator: {@link IndicatorCatalog#with(CustomIndicator)}, or as a
 * service (the public no-argument constructor is what {@link java.util.ServiceLoader} calls). An
 * indicator of another form implements {@link CustomIndicator} itself. Instances are immutable and
 * thread-safe.
 *
 * @since 0.2
 */
public abstract class ExtensionSumIndicator implements CustomIndicator {
    /** A number as a ledger cell writes it: digits, a point and decimals, a leading minus. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final IndicatorInfo info;
    private final ActivityKind kind;
    private final String field;

    /**
     * Creates the indicator.
     *
     * @param info   the code ({@code X_…}), names, unit and wording, not null
     * @param kind   the kind of the activities it sums over, not null
     * @param field  the name of the extension field it sums, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code field} is blank
     */
    protected ExtensionSumIndicator(IndicatorInfo info, ActivityKind kind, String field) {
        this.info = Objects.requireNonNull(info, "info");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = Objects.requireNonNull(field, "field");
        if (field.isBlank()) {
            throw new IllegalArgumentException("the extension field of " + info.getCode() + " is blank");
        }
    }

    /**
     * Returns the code, names, unit and wording given at construction.
     *
     * @return the description, never null
     */
    public IndicatorInfo getInfo() {
        return info;
    }

    @Override
    public String getCode() {
        return info.getCode();
    }

    @Override
    public String getName() {
        return info.getName();
    }

    @Override
    public String getEnglishName() {
        return info.getEnglishName();
    }

    @Override
    public String getUnit() {
        return info.getUnit();
    }

    @Override
    public Approximation getApproximation() {
        return info.getApproximation();
    }

    /**
     * Selects the activities of the kind given at construction.
     *
     * @param activity  the activity, not null
     * @return true when it is of that kind
     */
    @Override
    public boolean selects(Activity activity) {
        return activity.getKind().equals(kind);
    }

    /**
     * Returns the number in the extension field: 0 when the activity has none there (or a blank
     * text); the number a
     * text spells when it is a plain decimal number, such as {@code "3.5"}.
     *
     * @param activity  a selected activity, not null
     * @return the number, never null
     * @throws IllegalArgumentException if the field holds a text that is not a plain decimal number
     *         (the report engine then stops with an error naming the indicator and the activity)
     */
    @Override
    public BigDecimal measure(Activity activity) {
        Object value = activity.getExtensions().get(field).orElse(BigDecimal.ZERO);
        if (value instanceof BigDecimal number) {
            return number;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        // the text itself may be personal data: the field is named, not quoted
        throw new IllegalArgumentException("extension field " + field + " holds a text that is not a number");
    }
}
