package io.github.ficsdk.core.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

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
public final class Column<T> {

    private final String header;
    private final List<Property<?, ?>> properties;
    private final BigDecimal multiplier;
    private final String extensionName;
    private final boolean primary;

    Column(String header, List<Property<?, ?>> properties, BigDecimal multiplier, String extensionName,
            boolean primary) {
        this.header = header;
        this.properties = List.copyOf(properties);
        this.multiplier = multiplier;
        this.extensionName = extensionName;
        this.primary = primary;
    }

    /**
     * Returns the header as the schema spells it, such as {@code 金额（万元）} (full-width brackets)
     * or {@code 扩展:county}.
     *
     * @return the header, never null
     */
    public String getHeader() {
        return header;
    }

    /**
     * Returns whether this is the column's own header, as a template writes it, rather than an
     * alias or an extension column.
     *
     * @return true for the primary header
     */
    public boolean isPrimary() {
        return primary;
    }

    /**
     * Returns the property of the record the column fills: the property itself, or the spread
     * object ({@code session}) that {@link #getProperty()} belongs to, or {@code extensions}.
     *
     * @return the record's property, never null
     */
    @SuppressWarnings("unchecked")
    public Property<T, ?> getRecordProperty() {
        return (Property<T, ?>) properties.get(0);
    }

    /**
     * Returns the property whose value the cell holds: the record's property, or the property of a
     * spread object ({@code term} of {@code session}).
     *
     * @return the property, never null
     */
    public Property<?, ?> getProperty() {
        return properties.get(properties.size() - 1);
    }

    /**
     * Returns the properties from the record's property down to {@link #getProperty()}.
     *
     * @return one or two properties, unmodifiable, never null
     */
    public List<Property<?, ?>> getProperties() {
        return properties;
    }

    /**
     * Returns the path of the value in problems and JSON, such as {@code amountYuan},
     * {@code session.term} or {@code extensions.county}.
     *
     * @return the path, never null
     */
    public String getPath() {
        StringBuilder out = new StringBuilder();
        for (Property<?, ?> p : properties) {
            out.append(out.length() == 0 ? "" : ".").append(p.getName());
        }
        if (extensionName != null) {
            out.append('.').append(extensionName);
        }
        return out.toString();
    }

    /**
     * Returns the factor the cell's amount is multiplied by to give yuan: 10,000 for a header in
     * 万元 ({@code 金额（万元）}), 1 otherwise.
     *
     * @return the multiplier, never null
     */
    public BigDecimal getMultiplier() {
        return multiplier;
    }

    /**
     * Returns the name of the extension entry a {@code 扩展:NAME} column fills.
     *
     * @return the name, empty for the other columns
     */
    public Optional<String> getExtensionName() {
        return Optional.ofNullable(extensionName);
    }

    /**
     * Returns a description, such as {@code 金额（万元） -> amountYuan x10000}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return header + " -> " + getPath() + (multiplier.compareTo(BigDecimal.ONE) == 0 ? "" : " x" + multiplier);
    }
}
