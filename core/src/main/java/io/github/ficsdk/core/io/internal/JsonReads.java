package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.validation.InvalidCodeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Strict readers of single JSON values, throwing {@link RecordException}. Internal. */
public final class JsonReads {

    private JsonReads() {}

    static RecordException wrongType(String path, String expected, JsonParser p) {
        return new RecordException(path, "WRONG_TYPE", path + " must be " + expected + " - but was: "
                + describe(p.currentToken()));
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "a whole number";
            case VALUE_NUMBER_FLOAT: return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.toString();
        }
    }

    public static String string(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(path, "a string", p);
        }
        return p.getText();
    }

    public static long count(JsonParser p, String path, long max) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(path, "a whole number", p);
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.BIG_INTEGER) {
            throw new RecordException(path, "OUT_OF_RANGE", path + " is too large - but was: " + p.getText());
        }
        long v = p.getLongValue();
        if (v > max) {
            throw new RecordException(path, "OUT_OF_RANGE", path + " must be at most " + max + " - but was: " + v);
        }
        if (v < Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            throw new RecordException(path, "OUT_OF_RANGE", path + " is out of range - but was: " + v);
        }
        return v;
    }

    public static int intCount(JsonParser p, String path) throws IOException {
        return (int) count(p, path, Integer.MAX_VALUE);
    }

    public static BigDecimal decimal(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(path, "a number", p);
        }
        return reasonable(p, path);
    }

    private static BigDecimal reasonable(JsonParser p, String path) throws IOException {
        BigDecimal value;
        try {
            value = p.getDecimalValue();
        } catch (NumberFormatException e) {
            // an exponent beyond what BigDecimal can hold (1E+2147483648): the problem of this line
            value = null;
        }
        if (value == null || !io.github.ficsdk.core.internal.Numbers.isReasonable(value)) {
            throw new RecordException(path, "OUT_OF_RANGE", path + " must be " + io.github.ficsdk.core.internal.Numbers.bounds()
                    + " - but was: " + p.getText());
        }
        return value;
    }

    public static LocalDate date(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(path, "a date string such as \"2017-03-14\"", p);
        }
        char[] c = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        int yyyymmdd = ByteRules.isoDate(c, off, len);
        if (yyyymmdd > 0) {
            return ByteRules.toLocalDate(yyyymmdd);
        }
        throw new RecordException(path, "INVALID_DATE", path + " must be an ISO-8601 date such as \"2017-03-14\" - but was: \""
                + p.getText() + "\"");
    }

    public static Yuan yuan(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(path, "a decimal string of yuan such as \"37250000.00\"", p);
        }
        try {
            return Yuan.parse(p.getText());
        } catch (InvalidCodeException e) {
            throw new RecordException(path, e.getProblemCode(), path + ": " + e.getMessage());
        }
    }

    public static ActivityKind activityKind(JsonParser p, String path) throws IOException {
        String code = string(p, path);
        ActivityKind kind = ActivityKind.standardOrNull(code);
        if (kind != null) {
            return kind;
        }
        try {
            return ActivityKind.parse(code);
        } catch (InvalidCodeException e) {
            throw new RecordException(path, e.getProblemCode(), path + ": " + e.getMessage());
        }
    }

    public static <E extends Enum<E>> E enumValue(JsonParser p, String path, E[] values) throws IOException {
        String code = string(p, path);
        for (E e : values) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E e : values) {
            known.append(known.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new RecordException(path, "UNKNOWN_CODE", path + " must be one of " + known + " - but was: \"" + code + "\"");
    }

    /** Reads an array of strings; the current token must be START_ARRAY. */
    public static List<String> strings(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(path, "an array of strings", p);
        }
        List<String> out = new ArrayList<>(4);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw wrongType(path + "[" + out.size() + "]", "a string", p);
            }
            out.add(p.getText());
        }
        return out;
    }

    public static void startArray(JsonParser p, String path, String what) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(path, "an array of " + what, p);
        }
    }

    public static Extensions extensions(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(path, "an object of texts and numbers", p);
        }
        Extensions.Builder b = Extensions.builder();
        String name;
        while ((name = p.nextFieldName()) != null) {
            String at = path + "." + name;
            if (name.isBlank()) {
                throw new RecordException(path, "BLANK", path + " names must not be blank");
            }
            if (b.contains(name)) {
                throw new RecordException(at, "DUPLICATE_KEY", "duplicate property \"" + name + "\" in " + path);
            }
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) {
                b.put(name, p.getText());
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                b.put(name, reasonable(p, at));
            } else {
                throw wrongType(at, "a text or a number", p);
            }
        }
        return b.build();
    }
}
