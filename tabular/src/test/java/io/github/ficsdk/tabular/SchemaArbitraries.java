package io.github.ficsdk.tabular;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.schema.Code;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordBuilder;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.ValueKind;
import io.github.ficsdk.core.schema.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Records of any schema, generated from the schema alone (so a record type added to
 * {@code RecordSchemas} is covered without a line here): each property by its value type, optional
 * ones sometimes absent; combinations the record type refuses (an end before the start) are
 * filtered out.
 */
final class SchemaArbitraries {

    private SchemaArbitraries() {}

    static Arbitrary<String> ids() {
        Arbitrary<String> first = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(1);
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('.', '_', '-').ofMaxLength(10);
        return Combinators.combine(first, rest).as(String::concat);
    }

    /** Texts of Chinese, letters, digits (numbers as text too) and punctuation; no separator in list elements. */
    static Arbitrary<String> texts(boolean element) {
        Arbitrary<String> s = Arbitraries.strings().withCharRange('一', '龥').withCharRange('a', 'z')
                .withCharRange('0', '9').withChars(' ', '(', '）', '"', '\'', '=', '#')
                .withChars(element ? new char[0] : new char[] {'、', ',', ':'})
                .ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(s, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18))
                .map(String::strip).filter(t -> !t.isEmpty());
    }

    static Arbitrary<?> values(ValueType<?> type, boolean element) {
        switch (type.getKind()) {
            case TEXT:
                return texts(element);
            case ID:
            case REFERENCE:
                return ids();
            case DATE:
                return Arbitraries.integers().between(0, 40 * 366).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
            case YUAN:
                return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000_000_000L),
                        Arbitraries.longs().between(0, Long.MAX_VALUE)).map(Yuan::ofFen);
            case COUNT:
                if (type.getJavaType() == Long.class) {
                    return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000),
                            Arbitraries.longs().between(0, Long.MAX_VALUE));
                }
                return Arbitraries.integers().between((int) type.getRange().get().getMinimum(), Integer.MAX_VALUE);
            case YEAR:
                return Arbitraries.integers().between(1000, 9999);
            case DECIMAL:
                return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3)
                        .map(BigDecimal::stripTrailingZeros);
            case CODE:
                return Arbitraries.of(type.getCodes()).map(Code::getValue);
            case ACTIVITY_KIND:
                return Arbitraries.oneOf(Arbitraries.of(type.getCodes()).map(c -> (Object) c.getValue()),
                        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8)
                                .map(s -> (Object) ActivityKind.parse("X_" + s)));
            case OBJECT:
                return records(type.getSchema().get(), element);
            case LIST:
                return values(type.getElementType().get(), true).list().ofMaxSize(3);
            case EXTENSIONS:
                Arbitrary<Object> values = Arbitraries.oneOf(texts(false).map(s -> (Object) s),
                        Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(3)
                                .map(d -> (Object) d.stripTrailingZeros()));
                return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), values).ofMaxSize(3)
                        .map(Extensions::of);
            default:
                throw new IllegalArgumentException(type.toString());
        }
    }

    /** Records of a schema; those the record type refuses are filtered out. */
    static <T> Arbitrary<T> records(RecordSchema<T> schema) {
        return records(schema, false);
    }

    /** Records of a schema; {@code element}: written in a list cell, so no separator in their texts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Arbitrary<T> records(RecordSchema<T> schema, boolean element) {
        List<Arbitrary<Optional<Object>>> parts = new ArrayList<>();
        for (int i = 0; i < schema.getProperties().size(); i++) {
            Property<T, ?> p = schema.getProperty(i);
            Arbitrary<Object> v = (Arbitrary<Object>) values(p.getType(), element);
            if (element && i == 0 && p.getType().getKind() == ValueKind.TEXT) {
                v = v.filter(t -> ((String) t).indexOf(':') < 0);
            }
            parts.add(p.isRequired() ? v.map(Optional::of) : v.optional(0.6));
        }
        return Combinators.combine(parts).as(values -> {
            RecordBuilder<T> b = schema.newBuilder();
            for (int i = 0; i < values.size(); i++) {
                Optional<Object> v = values.get(i);
                if (v.isPresent()) {
                    b.setValue(schema.getProperty(i), v.get());
                }
            }
            try {
                return Optional.of(b.build());
            } catch (RuntimeException e) {
                return Optional.<T>empty();
            }
        }).filter(Optional::isPresent).map(Optional::get);
    }
}
