package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.schema.Column;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordBuilder;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.core.schema.ValueType;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sample: the record schema as a spreadsheet reader would use it — the header row of the 活动
 * sheet, and one ledger row (headers and cell texts, with the amount in 万元, the kind and the
 * target types by their Chinese labels) turned into an {@link Activity} through the schema alone,
 * without a mapping of its own. Not the ledger import itself (module {@code tabular}); dates here
 * are ISO only.
 *
 * <pre>{@code
 * RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
 * Column<Activity> column = schema.column("金额（万元）").get();   // amountYuan, x10000
 * Object value = RecordSchemaSample.parse(column.getProperty().getType(), "3.5", column.getMultiplier());
 * builder.setValue(column.getRecordProperty(), value);              // 35000.00 yuan
 * }</pre>
 *
 * @since 0.1
 */
public final class RecordSchemaSample {

    private RecordSchemaSample() {}

    /** One row of an activities ledger, header to cell text. */
    static final Map<String, String> ROW = row();

    private static Map<String, String> row() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("编号", "A17");
        row.put("类型", "走访");
        row.put("开始日期", "2017-03-14");
        row.put("结束日期", "2017-03-16");
        row.put("主办单位", "F330481、51330400MJ0000000X");
        row.put("标题", "降本减负大走访");
        row.put("场次", "2");
        row.put("人次", "12");
        row.put("金额(万元)", "3725.0005");
        row.put("对象", "商会:51330400MJ0000000X；企业:91330481MA28A0001X");
        row.put("标签", "降本减负, 大走访");
        row.put("扩展:note", "回访");
        return row;
    }

    /**
     * Prints the sheet's header row and the activity read from {@link #ROW} as a JSON line.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints the header row of the 活动 sheet, then reads the sample row into an activity and
     * prints it as JSON.
     *
     * @param out  where to print, not null
     * @return the activity read, never null
     */
    public static Activity run(PrintStream out) {
        RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
        out.println(schema.getSheetName().get() + ": " + schema.getColumns().stream()
                .map(Column::getHeader).collect(Collectors.joining(" | ")));
        RecordBuilder<Activity> builder = schema.newBuilder();
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : ROW.entrySet()) {
            Column<Activity> column = schema.column(cell.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown header " + cell.getKey()));
            if (column.getExtensionName().isPresent()) {
                extensions.put(column.getExtensionName().get(), cell.getValue());
            } else {
                builder.setValue(column.getRecordProperty(),
                        parse(column.getProperty().getType(), cell.getValue(), column.getMultiplier()));
            }
        }
        if (!extensions.isEmpty()) {
            builder.setValue(schema.property("extensions").get(), io.github.ficsdk.core.Extensions.of(extensions));
        }
        Activity activity = builder.build();
        try {
            out.println(FicJson.mapper().writeValueAsString(activity));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return activity;
    }

    /**
     * Parses the text of a cell into a value of a type: codes by code or Chinese label, amounts
     * times the column's multiplier, lists split at the schema's separators, objects from
     * {@code first:second} pairs of their schema's two properties (a spread object, such as a
     * proposal's session, has a column per property instead).
     *
     * @param type        the value type, not null
     * @param text        the cell text, not null
     * @param multiplier  the column's multiplier (10000 for 万元), not null
     * @return the value, of the type's Java type, never null
     * @throws IllegalArgumentException if the text does not fit the type
     */
    public static Object parse(ValueType<?> type, String text, BigDecimal multiplier) {
        String t = text.strip();
        switch (type.getKind()) {
            case DATE:
                return LocalDate.parse(t);
            case YUAN:
                return Yuan.parse(new BigDecimal(t).multiply(multiplier).stripTrailingZeros().toPlainString());
            case COUNT:
            case YEAR:
                return type.getJavaType() == Long.class ? (Object) Long.valueOf(t) : (Object) Integer.valueOf(t);
            case DECIMAL:
                return new BigDecimal(t);
            case CODE:
            case ACTIVITY_KIND:
                return type.findCode(t).orElseThrow(() -> new IllegalArgumentException("unknown code " + t));
            case LIST:
                ValueType<?> element = type.getElementType().get();
                List<Object> values = new ArrayList<>();
                for (String part : split(t, type.getSeparators())) {
                    values.add(element.getSchema().isPresent()
                            ? pair(element.getSchema().get(), part, type.getPairSeparators())
                            : parse(element, part, multiplier));
                }
                return values;
            default:
                return t;
        }
    }

    private static List<String> split(String text, List<String> separators) {
        String regex = separators.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        List<String> parts = new ArrayList<>();
        for (String part : text.split(regex)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** An object written as a pair of its two properties ({@code 企业:E001}). */
    private static <T> T pair(RecordSchema<T> schema, String text, List<String> separators) {
        List<String> halves = split(text, separators);
        List<Property<T, ?>> properties = schema.getProperties();
        if (halves.size() != 2 || properties.size() != 2) {
            throw new IllegalArgumentException("not a pair of " + schema.getName() + ": " + text);
        }
        RecordBuilder<T> builder = schema.newBuilder();
        for (int i = 0; i < 2; i++) {
            builder.setValue(properties.get(i), parse(properties.get(i).getType(), halves.get(i), BigDecimal.ONE));
        }
        return builder.build();
    }
}
