package io.github.ficsdk.core.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A spreadsheet column of a record type's sheet, found by its header: the property it fills
 * (through a spread object: {@code 届次} fills {@code session.term} of a proposal), the factor its
 * amounts are multiplied by ({@code 金额（万元）}: 10,000), or the extension entry it fills
 * ({@code 扩展:county}).
 *
 * <pre>{@code
 * Column<Activity> column = RecordSchemas.ACTIVITY.column("金额(万元)").get();
 * column.getPath();         // "amountYuan"
 * column.getMultiplier();   // 10000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the record type of the sheet
 * @since 0.1
 */
@Value.Immutable
public abstract class Column<T> {

    Column() {}

    static <T> Column<T> of(String header, List<Property<?, ?>> properties, BigDecimal multiplier,
            String extensionName, boolean primary) {
        return ImmutableColumn.<T>builder().header(header).properties(properties).multiplier(multiplier)
                .extensionName(Optional.ofNullable(extensionName)).primary(primary).build();
    }

    /**
     * Returns the header as the schema spells it, such as {@code 金额（万元）} (full-width brackets)
     * or {@code 扩展:county}.
     *
     * @return the header, never null
     */
    public abstract String getHeader();

    /**
     * Returns whether this is the column's own header, as a template writes it, rather than an
     * alias or an extension column.
     *
     * @return true for the primary header
     */
    public abstract boolean isPrimary();

    /**
     * Returns the property of the record the column fills: the property itself, or the spread
     * object ({@code session}) that {@link #getProperty()} belongs to, or {@code extensions}.
     *
     * @return the record's property, never null
     */
    @SuppressWarnings("unchecked")
    public Property<T, ?> getRecordProperty() {
        return (Property<T, ?>) getProperties().get(0);
    }

    /**
     * Returns the property whose value the cell holds: the record's property, or the property of a
     * spread object ({@code term} of {@code session}).
     *
     * @return the property, never null
     */
    public Property<?, ?> getProperty() {
        List<Property<?, ?>> properties = getProperties();
        return properties.get(properties.size() - 1);
    }

    /**
     * Returns the properties from the record's property down to {@link #getProperty()}.
     *
     * @return one or two properties, unmodifiable, never null
     */
    public abstract List<Property<?, ?>> getProperties();

    /**
     * Returns the path of the value in problems and JSON, such as {@code amountYuan},
     * {@code session.term} or {@code extensions.county}.
     *
     * @return the path, never null
     */
    public String getPath() {
        StringBuilder out = new StringBuilder();
        for (Property<?, ?> p : getProperties()) {
            out.append(out.length() == 0 ? "" : ".").append(p.getName());
        }
        getExtensionName().ifPresent(name -> out.append('.').append(name));
        return out.toString();
    }

    /**
     * Returns the factor the cell's amount is multiplied by to give yuan: 10,000 for a header in
     * 万元 ({@code 金额（万元）}), 1 otherwise.
     *
     * @return the multiplier, never null
     */
    public abstract BigDecimal getMultiplier();

    /**
     * Returns the name of the extension entry a {@code 扩展:NAME} column fills.
     *
     * @return the name, empty for the other columns
     */
    public abstract Optional<String> getExtensionName();

    /**
     * Returns a description, such as {@code 金额（万元） -> amountYuan x10000}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        BigDecimal multiplier = getMultiplier();
        return getHeader() + " -> " + getPath() + (multiplier.compareTo(BigDecimal.ONE) == 0 ? "" : " x" + multiplier);
    }
}
