package io.github.ficsdk.tabular.internal;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.schema.Code;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordBuilder;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.ValueKind;
import io.github.ficsdk.core.schema.ValueType;
import io.github.ficsdk.validation.InvalidCodeException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a cell into the value of a property, by the property's {@link ValueType}, as
 * DATA-MODEL.md "Ledgers in spreadsheets" says: date cells and the four text date forms, numbers
 * from numeric cells or their text, 万元 multiplied exactly, codes or their Chinese labels, lists
 * and {@code 类型:编号} pairs in one cell. Problems are {@link CellException}s with the codes of the
 * JSON readers. Stateless. Internal: not part of the API.
 */
public final class CellValues {

    private CellValues() {}

    /** Significant digits of a number an XLSX cell holds (Excel keeps 15). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** Numbers beyond this magnitude are refused (as the JSON readers refuse them). */
    private static final int MAX_DIGITS = 40;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；]");

    /**
     * Returns the value of a cell for a property.
     *
     * @param type        the property's type (a list's whole type)
     * @param path        the path for problems
     * @param text        the cell's text, not blank
     * @param kind        the cell's kind ({@link Cells#TEXT} …)
     * @param multiplier  the column's multiplier (10,000 for 万元)
     * @return the value, of the type's Java type
     * @throws CellException if the cell does not hold such a value
     */
    public static Object value(ValueType<?> type, String path, String text, byte kind, BigDecimal multiplier) {
        switch (type.getKind()) {
            case TEXT:
                return kind == Cells.NUMBER ? number(text, kind).toPlainString()
                        : kind == Cells.DATE ? date(path, text, kind).toString() : text;
            case ID:
            case REFERENCE:
                return kind == Cells.NUMBER ? number(text, kind).toPlainString() : text.strip();
            case DATE:
                return date(path, text, kind);
            case YUAN:
                return yuan(path, text, kind, multiplier);
            case COUNT:
            case YEAR:
                return count(type, path, text, kind);
            case DECIMAL:
                return decimal(path, text, kind);
            case CODE:
            case ACTIVITY_KIND:
                return code(type, path, text.strip());
            case LIST:
                return list(type, path, text, kind);
            default:
                throw new CellException(path, "WRONG_TYPE", path + " cannot be given in a cell");
        }
    }

    /**
     * Returns the exact number of a numeric cell's stored text (rounded to the 15 significant
     * digits a workbook holds, so {@code 0.30000000000000004} is {@code 0.3}), or of a text.
     */
    static BigDecimal number(String text, byte kind) {
        String t = text.strip();
        if (kind == Cells.TEXT) {
            t = t.replace('，', ',');
            if (GROUPED.matcher(t).matches()) {
                t = t.replace(",", "");
            }
        }
        if (t.isEmpty() || t.length() > MAX_DIGITS + 10 || !(Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("."))) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            if (kind == Cells.NUMBER || kind == Cells.DATE) {
                d = d.round(EXCEL_DIGITS);
            }
            if (d.precision() - d.scale() > MAX_DIGITS || d.scale() > MAX_DIGITS) {
                return null;
            }
            d = d.stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date cell, an integral serial number, or one of the four text forms. */
    static LocalDate date(String path, String text, byte kind) {
        if (kind == Cells.DATE || kind == Cells.NUMBER) {
            BigDecimal serial = number(text, kind);
            if (serial != null && serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) <= 0
                    && (kind == Cells.DATE || serial.stripTrailingZeros().scale() <= 0)) {
                return fromSerial(serial);
            }
            throw invalidDate(path, text);
        }
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        int y;
        int mo;
        int d;
        if (m.matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(3));
            d = Integer.parseInt(m.group(4));
        } else {
            m = CHINESE_DATE.matcher(t);
            if (!m.matches()) {
                throw invalidDate(path, t);
            }
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            throw invalidDate(path, t);
        }
    }

    /** The day of an Excel serial number (1900 date system; serial 60 is Excel's fictitious 1900-02-29). */
    private static LocalDate fromSerial(BigDecimal serial) {
        long days = serial.longValue(); // the time of day is dropped
        return days >= 60 ? EPOCH.plusDays(days) : EPOCH.plusDays(days + 1);
    }

    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private static CellException invalidDate(String path, String text) {
        return new CellException(path, "INVALID_DATE", path + " must be a date such as 2017-03-05, 2017/3/5, 2017.3.5"
                + " or 2017年3月5日 (or a date cell) - but was: \"" + text + "\"");
    }

    /** Yuan from a number in 元 or 万元 (at most 6 decimals), exactly. */
    static Yuan yuan(String path, String text, byte kind, BigDecimal multiplier) {
        BigDecimal d = number(text, kind);
        boolean wan = multiplier.compareTo(BigDecimal.ONE) != 0;
        try {
            if (d == null) {
                return Yuan.parse(text.strip()); // its problem, as the JSON readers give it
            }
            if (wan && d.scale() > 6) {
                throw new CellException(path, "YUAN_AMOUNT_SCALE", path + ": an amount in 万元 has at most 6 decimals"
                        + " - but was: " + d.toPlainString());
            }
            return Yuan.parse(d.multiply(multiplier).stripTrailingZeros().toPlainString());
        } catch (InvalidCodeException e) {
            throw new CellException(path, e.getProblemCode(), path + ": " + e.getMessage()
                    + (wan ? " (in 万元: " + text.strip() + ")" : ""));
        }
    }

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

    private static Object count(ValueType<?> type, String path, String text, byte kind) {
        BigDecimal d = number(text, kind);
        if (d == null || d.scale() > 0) {
            throw new CellException(path, "WRONG_TYPE", path + " must be a whole number - but was: \"" + text.strip() + "\"");
        }
        boolean isLong = type.getJavaType() == Long.class;
        BigDecimal max = isLong ? LONG_MAX : INT_MAX;
        BigDecimal min = isLong ? LONG_MIN : INT_MIN;
        if (d.compareTo(max) > 0) {
            throw new CellException(path, "OUT_OF_RANGE", path + " must be at most " + max + " - but was: " + d.toPlainString());
        }
        if (d.compareTo(min) < 0) {
            throw new CellException(path, "OUT_OF_RANGE", path + " is out of range - but was: " + d.toPlainString());
        }
        return isLong ? (Object) d.longValueExact() : (Object) d.intValueExact();
    }

    private static BigDecimal decimal(String path, String text, byte kind) {
        BigDecimal d = number(text, kind);
        if (d == null) {
            throw new CellException(path, "WRONG_TYPE", path + " must be a number - but was: \"" + text.strip() + "\"");
        }
        return d;
    }

    private static Object code(ValueType<?> type, String path, String text) {
        Object v = type.findCode(text).orElse(null);
        if (v != null) {
            return v;
        }
        if (type.getKind() == ValueKind.ACTIVITY_KIND) {
            try {
                return ActivityKind.parse(text);
            } catch (InvalidCodeException e) {
                throw new CellException(path, e.getProblemCode(), path + ": " + e.getMessage());
            }
        }
        StringBuilder known = new StringBuilder();
        for (Code<?> c : type.getCodes()) {
            known.append(known.length() == 0 ? "" : ", ").append(c.getCode()).append(' ').append(c.getLabel());
        }
        throw new CellException(path, "UNKNOWN_CODE", path + " must be one of " + known + " - but was: \"" + text + "\"");
    }

    /** Splits a list cell at its separators; blank elements are dropped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String e : SEPARATORS.split(text)) {
            String s = e.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> list(ValueType<?> type, String path, String text, byte kind) {
        ValueType<?> element = type.getElementType().get();
        List<String> parts = kind == Cells.TEXT ? split(text) : List.of(number(text, kind) == null ? text
                : number(text, kind).toPlainString());
        List<Object> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String at = path + "[" + i + "]";
            if (element.getKind() == ValueKind.OBJECT) {
                out.add(pair((RecordSchema) element.getSchema().get(), at, parts.get(i)));
            } else {
                out.add(value(element, at, parts.get(i), Cells.TEXT, BigDecimal.ONE));
            }
        }
        return out;
    }

    /** An object of two properties written {@code A:B}, such as {@code 企业:E001}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object pair(RecordSchema<Object> schema, String path, String text) {
        int colon = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':' || text.charAt(i) == '：') {
                colon = i;
                break;
            }
        }
        Property<Object, ?> first = schema.getProperty(0);
        Property<Object, ?> second = schema.getProperty(1);
        if (colon < 0) {
            throw new CellException(path, "WRONG_TYPE", path + " must be written " + first.getHeader() + ":"
                    + second.getHeader() + " - but was: \"" + text + "\"");
        }
        RecordBuilder<Object> b = schema.newBuilder();
        String a = text.substring(0, colon).strip();
        String z = text.substring(colon + 1).strip();
        if (a.isEmpty()) {
            throw new CellException(path + "." + first.getName(), "REQUIRED", "required property \"" + path + "."
                    + first.getName() + "\" is missing");
        }
        if (z.isEmpty()) {
            throw new CellException(path + "." + second.getName(), "REQUIRED", "required property \"" + path + "."
                    + second.getName() + "\" is missing");
        }
        b.setValue(first, value(first.getType(), path + "." + first.getName(), a, Cells.TEXT, BigDecimal.ONE));
        b.setValue(second, value(second.getType(), path + "." + second.getName(), z, Cells.TEXT, BigDecimal.ONE));
        try {
            return b.build();
        } catch (io.github.ficsdk.core.InvalidValueException e) {
            throw new CellException(path + "." + e.getField(), e.getProblemCode(), path + "." + e.getMessage());
        } catch (NullPointerException e) {
            throw new CellException(path, "REQUIRED", path + ": " + e.getMessage());
        }
    }

    /**
     * Returns the text of a value for a cell of a text ledger (CSV) or a text cell: codes as their
     * Chinese labels (team codes as they are), lists joined with {@code 、}, pairs as {@code A:B},
     * amounts and decimals as plain decimals, dates as ISO.
     *
     * @param type   the value's type
     * @param value  the value, not null
     * @return the text
     * @throws IllegalArgumentException if a list element holds a separator (it could not be read back)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String text(ValueType<?> type, Object value) {
        switch (type.getKind()) {
            case YUAN:
                return ((Yuan) value).toBigDecimal().stripTrailingZeros().toPlainString();
            case DECIMAL:
                return ((BigDecimal) value).toPlainString();
            case CODE:
            case ACTIVITY_KIND:
                for (Code<?> c : type.getCodes()) {
                    if (c.getValue().equals(value)) {
                        return c.getLabel();
                    }
                }
                return value instanceof ActivityKind k ? k.getCode() : value.toString();
            case LIST: {
                ValueType<?> element = type.getElementType().get();
                StringBuilder out = new StringBuilder();
                for (Object e : (List<?>) value) {
                    String t;
                    if (element.getKind() == ValueKind.OBJECT) {
                        RecordSchema<Object> schema = (RecordSchema) element.getSchema().get();
                        Property<Object, ?> a = schema.getProperty(0);
                        Property<Object, ?> z = schema.getProperty(1);
                        String first = text(a.getType(), a.get(e));
                        String second = text(z.getType(), z.get(e));
                        if (first.indexOf(':') >= 0 || first.indexOf('：') >= 0) {
                            throw new IllegalArgumentException("a pair whose first part holds a colon cannot be written"
                                    + " in one cell - but was: \"" + first + "\"");
                        }
                        t = first + ":" + second;
                    } else {
                        t = text(element, e);
                    }
                    if (SEPARATORS.matcher(t).find() || t.isBlank() || !t.equals(t.strip())) {
                        throw new IllegalArgumentException("a list element that holds a separator (、，,;；) or is blank"
                                + " cannot be written in one cell - but was: \"" + t + "\"");
                    }
                    out.append(out.length() == 0 ? "" : "、").append(t);
                }
                return out.toString();
            }
            default:
                return value.toString();
        }
    }
}
