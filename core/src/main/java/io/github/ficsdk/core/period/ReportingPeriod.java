package io.github.ficsdk.core.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.ficsdk.core.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reporting period: a year {@code 2017}, a half-year {@code 2017-H1}, a quarter
 * {@code 2017-Q3}, a month {@code 2017-05}, or an inclusive range of days
 * {@code 2017-01-01/2017-06-30}.
 *
 * <pre>{@code
 * ReportingPeriod h1 = ReportingPeriod.parse("2017-H1");
 * h1.contains(LocalDate.of(2017, 3, 14));  // true
 * h1.previous();                           // 2016-H2
 * h1.sameLastYear();                       // 2016-H1
 * }</pre>
 *
 * <p>Two periods are equal when they have the same {@linkplain #getKind() kind} and days: the
 * range {@code 2017-01-01/2017-12-31} covers the same days as {@code 2017} but is not equal to it,
 * so that {@link #parse(CharSequence)} and {@link #toString()} are exact inverses.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportingPeriod {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-H([12])|-Q([1-4])|-(\\d{2}))?|(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    /**
     * The kind of a reporting period.
     *
     * @since 0.1
     */
    public enum Kind {
        /** A calendar year, {@code 2017}. */
        YEAR,
        /** A half-year, {@code 2017-H1}. */
        HALF_YEAR,
        /** A quarter, {@code 2017-Q3}. */
        QUARTER,
        /** A month, {@code 2017-05}. */
        MONTH,
        /** An inclusive range of days, {@code 2017-01-01/2017-06-30}. */
        RANGE
    }

    ReportingPeriod() {}

    /**
     * Returns a calendar year.
     *
     * @param year  the year, 1000 to 9999
     * @return the period, never null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingPeriod ofYear(int year) {
        checkYear(year);
        return ImmutableReportingPeriod.of(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Returns a half-year.
     *
     * @param year  the year, 1000 to 9999
     * @param half  1 or 2
     * @return the period, never null
     * @throws IllegalArgumentException if the year or the half is out of range
     */
    public static ReportingPeriod ofHalfYear(int year, int half) {
        checkYear(year);
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half must be 1 or 2 - but was: " + half);
        }
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return ImmutableReportingPeriod.of(Kind.HALF_YEAR, start, start.plusMonths(6).minusDays(1));
    }

    /**
     * Returns a quarter.
     *
     * @param year     the year, 1000 to 9999
     * @param quarter  1 to 4
     * @return the period, never null
     * @throws IllegalArgumentException if the year or the quarter is out of range
     */
    public static ReportingPeriod ofQuarter(int year, int quarter) {
        checkYear(year);
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4 - but was: " + quarter);
        }
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        return ImmutableReportingPeriod.of(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    /**
     * Returns a month.
     *
     * @param year   the year, 1000 to 9999
     * @param month  1 to 12
     * @return the period, never null
     * @throws IllegalArgumentException if the year or the month is out of range
     */
    public static ReportingPeriod ofMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12 - but was: " + month);
        }
        YearMonth ym = YearMonth.of(year, month);
        return ImmutableReportingPeriod.of(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    /**
     * Returns an inclusive range of days.
     *
     * @param start  the first day, not null, year 1000 to 9999
     * @param end    the last day, not null, not before {@code start}, year 1000 to 9999
     * @return the period, never null
     * @throws IllegalArgumentException if {@code end} is before {@code start} or a year is out of range
     */
    public static ReportingPeriod ofRange(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        checkYear(start.getYear());
        checkYear(end.getYear());
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start - but was: " + start + "/" + end);
        }
        return ImmutableReportingPeriod.of(Kind.RANGE, start, end);
    }

    /**
     * Parses a period in one of the forms {@code 2017}, {@code 2017-H1}, {@code 2017-Q3},
     * {@code 2017-05}, {@code 2017-01-01/2017-06-30}; the inverse of {@link #toString()}.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the text is in none of the forms or names an impossible date
     */
    @JsonCreator
    public static ReportingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("period must be written 2017, 2017-H1, 2017-Q3, 2017-05 or "
                    + "2017-01-01/2017-06-30 - but was: \"" + text + "\"");
        }
        try {
            if (m.group(5) != null) {
                return ofRange(LocalDate.parse(m.group(5)), LocalDate.parse(m.group(6)));
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                return ofHalfYear(year, Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                return ofQuarter(year, Integer.parseInt(m.group(3)));
            } else if (m.group(4) != null) {
                return ofMonth(year, Integer.parseInt(m.group(4)));
            }
            return ofYear(year);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period names an impossible date - but was: \"" + text + "\"", e);
        }
    }

    private static void checkYear(int year) {
        if (!Checks.isYear(year)) {
            throw new IllegalArgumentException(
                    "year must be between " + Checks.MIN_YEAR + " and " + Checks.MAX_YEAR + " - but was: " + year);
        }
    }

    /**
     * Returns the kind of the period.
     *
     * @return the kind, never null
     */
    @Value.Parameter
    public abstract Kind getKind();

    /**
     * Returns the first day of the period.
     *
     * @return the first day, never null
     */
    @Value.Parameter
    public abstract LocalDate getStart();

    /**
     * Returns the last day of the period (inclusive).
     *
     * @return the last day, never null
     */
    @Value.Parameter
    public abstract LocalDate getEnd();

    /**
     * Returns whether a day lies in the period, both ends included.
     *
     * @param date  the day, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(getStart()) && !date.isAfter(getEnd());
    }

    /**
     * Returns the period of the same kind just before this one: {@code 2017-H1} gives
     * {@code 2016-H2}; a range gives the range of as many days that ends the day before it starts.
     *
     * @return the previous period, never null
     * @throws IllegalArgumentException if it would start before the year 1000
     */
    public ReportingPeriod previous() {
        Kind kind = getKind();
        LocalDate start = getStart();
        LocalDate end = getEnd();
        switch (kind) {
            case YEAR:
                return ofYear(start.getYear() - 1);
            case HALF_YEAR:
            case QUARTER:
            case MONTH:
                LocalDate prevStart = start.minusMonths(ChronoUnit.MONTHS.between(start, end.plusDays(1)));
                return ofKind(kind, prevStart);
            default:
                long days = ChronoUnit.DAYS.between(start, end) + 1;
                return ofRange(start.minusDays(days), start.minusDays(1));
        }
    }

    /**
     * Returns the same period one year earlier: {@code 2017-H1} gives {@code 2016-H1}; a range
     * moves both ends back one year (29 February becomes 28 February).
     *
     * @return the period a year earlier, never null
     * @throws IllegalArgumentException if it would start before the year 1000
     */
    public ReportingPeriod sameLastYear() {
        if (getKind() == Kind.RANGE) {
            return ofRange(getStart().minusYears(1), getEnd().minusYears(1));
        }
        return ofKind(getKind(), getStart().minusYears(1));
    }

    private static ReportingPeriod ofKind(Kind kind, LocalDate start) {
        switch (kind) {
            case YEAR:
                return ofYear(start.getYear());
            case HALF_YEAR:
                return ofHalfYear(start.getYear(), start.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER:
                return ofQuarter(start.getYear(), (start.getMonthValue() + 2) / 3);
            default:
                return ofMonth(start.getYear(), start.getMonthValue());
        }
    }

    /**
     * Returns the period in its written form, such as {@code 2017-H1}; the inverse of
     * {@link #parse(CharSequence)}.
     *
     * @return the text, never null
     */
    @JsonValue
    @Override
    public String toString() {
        LocalDate start = getStart();
        int year = start.getYear();
        switch (getKind()) {
            case YEAR:
                return Integer.toString(year);
            case HALF_YEAR:
                return year + (start.getMonthValue() == 1 ? "-H1" : "-H2");
            case QUARTER:
                return year + "-Q" + ((start.getMonthValue() + 2) / 3);
            case MONTH:
                return year + (start.getMonthValue() < 10 ? "-0" : "-") + start.getMonthValue();
            default:
                return start + "/" + getEnd();
        }
    }
}
