package io.github.ficsdk.core.internal;

import io.github.ficsdk.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Construction checks shared by the domain types. Internal: not part of the API. */
public final class Checks {

    private Checks() {}

    /** Rejects a negative count. */
    public static void notNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidValueException(field, "NEGATIVE", field + " must not be negative - but was: " + value);
        }
    }

    /** Rejects a negative optional count. */
    public static void notNegative(String field, OptionalLong value) {
        if (value.isPresent()) {
            notNegative(field, value.getAsLong());
        }
    }

    /** Rejects a negative optional count. */
    public static void notNegative(String field, OptionalInt value) {
        if (value.isPresent()) {
            notNegative(field, value.getAsInt());
        }
    }

    /** Rejects a negative exact value. */
    public static void notNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new InvalidValueException(field, "NEGATIVE", field + " must not be negative - but was: "
                    + value.toPlainString());
        }
    }

    /** Rejects an exact value that is not above 0. */
    public static void aboveZero(String field, BigDecimal value) {
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, "NOT_POSITIVE", field + " must be above 0 - but was: "
                    + value.toPlainString());
        }
    }

    /** Rejects a value below 1. */
    public static void positive(String field, long value) {
        if (value < 1) {
            throw new InvalidValueException(field, "NOT_POSITIVE", field + " must be at least 1 - but was: " + value);
        }
    }

    /** Rejects an empty or blank text. */
    public static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new InvalidValueException(field, "BLANK", field + " must not be empty or blank");
        }
    }

    /** Rejects an empty or blank optional text; an absent one is fine. */
    public static void notBlank(String field, Optional<String> value) {
        if (value.isPresent()) {
            notBlank(field, value.get());
        }
    }

    /** Rejects empty or blank elements of a list. */
    public static void noBlankElement(String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            notBlank(field + "[" + i + "]", values.get(i));
        }
    }

    /** The first year the data model allows. */
    public static final int MIN_YEAR = 1000;

    /** The last year the data model allows. */
    public static final int MAX_YEAR = 9999;

    /** Tells whether a year is one the data model allows: the one range check of years. */
    public static boolean isYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Rejects a year outside 1000-9999. */
    public static void year(String field, int year) {
        if (!isYear(year)) {
            throw new InvalidValueException(field, "OUT_OF_RANGE",
                    field + " must be a year between " + MIN_YEAR + " and " + MAX_YEAR + " - but was: " + year);
        }
    }

    /** Rejects an optional year outside 1000-9999; an absent one is fine. */
    public static void year(String field, OptionalInt year) {
        if (year.isPresent()) {
            year(field, year.getAsInt());
        }
    }

    /** Rejects an end date before the start date. */
    public static void notBefore(String endField, LocalDate end, String startField, LocalDate start, String code) {
        if (end.isBefore(start)) {
            throw new InvalidValueException(endField, code, endField + " must not be before " + startField
                    + " - but was: " + endField + " " + end + ", " + startField + " " + start);
        }
    }
}
