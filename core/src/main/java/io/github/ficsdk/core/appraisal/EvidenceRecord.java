package io.github.ficsdk.core.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evidence of one subject for one period, such as {@code C0001} in {@code 2017} with
 * {@code party.established = true} and {@code party.activities = 12}, each value with the ids of
 * the dataset records behind it (for derived evidence) or the file line it came from.
 *
 * <pre>{@code
 * EvidenceRecord r = EvidenceRecord.of("C0001", "2017",
 *         Map.of("party.established", true, "party.activities", new BigDecimal("12")));
 * r.find("party.activities");  // Optional[12]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EvidenceRecord {

    EvidenceRecord() {}

    /**
     * Returns a record without sources.
     *
     * @param subject  the subject id, not null
     * @param period   the period, such as {@code 2017}, not null
     * @param values   the values: {@link Boolean}, exact numbers, {@link String}; not null
     * @return the record, never null
     * @throws IllegalArgumentException if a value is of another type
     */
    public static EvidenceRecord of(String subject, String period, Map<String, ?> values) {
        EvidenceTable.Builder b = EvidenceTable.builder(period).row(subject);
        values.forEach((k, v) -> b.put(subject, k, v, List.of()));
        return b.build().getOrEmpty(subject);
    }

    /**
     * Returns the subject id.
     *
     * @return the subject, never null
     */
    @Value.Parameter
    public abstract String getSubject();

    /**
     * Returns the reporting period.
     *
     * @return the period text, never null
     */
    public String getPeriod() {
        return table().getPeriod();
    }

    /**
     * Returns a value.
     *
     * @param key  the evidence key, not null
     * @return the value ({@link Boolean}, {@link java.math.BigDecimal} or {@link String}), empty when absent
     */
    public Optional<Object> find(String key) {
        return Optional.ofNullable(table().value(row(), Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns every value, in no particular order.
     *
     * @return the values by key, never null
     */
    public Map<String, Object> getValues() {
        return table().values(row());
    }

    /**
     * Returns the ids of the records behind a value, such as activity ids, or {@code evidence.jsonl:12}.
     *
     * @param key  the evidence key, not null
     * @return the ids, empty when none are known, never null
     */
    public List<String> getSources(String key) {
        return table().sources(row(), key);
    }

    Object value(String key) {
        return table().value(row(), key);
    }

    /**
     * Returns the table holding the values.
     *
     * @return the table, never null
     */
    @Value.Parameter
    abstract EvidenceTable table();

    /**
     * Returns the subject's row in the table.
     *
     * @return the row, -1 when the table has none for the subject
     */
    @Value.Parameter
    abstract int row();

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceRecord r && getSubject().equals(r.getSubject()) && getPeriod().equals(r.getPeriod())
                && getValues().equals(r.getValues());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getSubject(), getPeriod(), getValues());
    }

    /**
     * Returns the subject, period and values for logs, made safe to print with
     * {@link io.github.ficsdk.validation.SafeText#forDisplay(String)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return io.github.ficsdk.validation.SafeText.forDisplay(getSubject() + "@" + getPeriod() + getValues());
    }
}
