package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ficsdk.core.InvalidValueException;
import java.io.IOException;

/**
 * Hand-written strict reader and writer of one JSON object type over Jackson's streaming API.
 * Internal: not part of the API.
 *
 * @param <T> the value type
 * @param <B> the builder type
 */
public abstract class RecordCodec<T, B> {

    private final String[] names;
    private final long required;

    protected RecordCodec(String[] names, String... requiredNames) {
        this.names = names;
        long mask = 0;
        for (String r : requiredNames) {
            mask |= 1L << index(r);
        }
        this.required = mask;
    }

    protected abstract B newBuilder();

    /** Reads the value of property {@code field}; the parser is on its (non-null) value token. */
    protected abstract void readField(JsonParser p, B builder, int field, String path) throws IOException;

    protected abstract T build(B builder);

    /** Writes the object, start and end included. */
    public abstract void write(JsonGenerator g, T value) throws IOException;

    /** Returns the id of a value, or null when the type has none. */
    public String idOf(T value) {
        return null;
    }

    private int index(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads an object; the parser is on its START_OBJECT token, and is left on its END_OBJECT.
     *
     * @param prefix  the path of the object followed by a dot, or "" at the root
     */
    public final T read(JsonParser p, String prefix) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonReads.wrongType(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "an object", p);
        }
        B builder = newBuilder();
        long seen = 0;
        long present = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            int field = index(name);
            if (field < 0) {
                throw new RecordException(prefix + name, "UNKNOWN_PROPERTY", "unknown property \"" + prefix + name
                        + "\"" + suggestion(name) + "; known: " + String.join(", ", names));
            }
            long bit = 1L << field;
            if ((seen & bit) != 0) {
                throw new RecordException(prefix + name, "DUPLICATE_KEY", "duplicate property \"" + prefix + name + "\"");
            }
            seen |= bit;
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            present |= bit;
            readField(p, builder, field, prefix + names[field]);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw JsonReads.wrongType(prefix, "a property name", p);
        }
        long missing = required & ~present;
        if (missing != 0) {
            String field = names[Long.numberOfTrailingZeros(missing)];
            throw new RecordException(prefix + field, "REQUIRED", "required property \"" + prefix + field + "\" is missing");
        }
        try {
            return build(builder);
        } catch (InvalidValueException e) {
            throw new RecordException(prefix + e.getField(), e.getProblemCode(), prefix + e.getMessage());
        }
    }

    private String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (String known : names) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return 3;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
