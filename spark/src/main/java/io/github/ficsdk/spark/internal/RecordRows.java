package io.github.ficsdk.spark.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.ValueKind;
import io.github.ficsdk.core.schema.ValueType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of a Spark table whose columns follow a record schema of {@code fic-core}
 * ({@link io.github.ficsdk.core.schema.RecordSchemas}): the Spark schema derived from it, the
 * check of a table's columns against it (a clear error naming a missing or mistyped column), and
 * each row written as the JSON line the record would be, so that the strict reader of
 * {@code fic-core} reads it by the very rules of a dataset file. Columns the schema does not know
 * (partition columns, load dates) are ignored.
 */
public final class RecordRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The JSON name and kind of each column used, with the nested fields of objects. */
    private final Field[] fields;

    private RecordRows(Field[] fields) {
        this.fields = fields;
    }

    /** One column (or nested field) and how its values are written. */
    private record Field(String name, int column, Kind kind, Field[] nested) implements Serializable {}

    /** How a value is written. */
    private enum Kind { STRING, DATE, YUAN, NUMBER, OBJECT, LIST_OF_STRINGS, LIST_OF_OBJECTS, MAP }

    /**
     * Returns the Spark schema of a record type, derived from its record schema: strings for
     * texts, ids and codes, dates, decimal(20,2) for money, longs for counts, arrays and structs.
     *
     * @param schema  the record schema
     * @return the Spark schema
     */
    public static StructType sparkSchema(RecordSchema<?> schema) {
        List<StructField> out = new ArrayList<>();
        for (Property<?, ?> p : schema.getProperties()) {
            out.add(DataTypes.createStructField(p.getName(), sparkType(p.getType()), !p.isRequired()));
        }
        return DataTypes.createStructType(out);
    }

    private static DataType sparkType(ValueType<?> type) {
        return switch (type.getKind()) {
            case TEXT, ID, REFERENCE, CODE, ACTIVITY_KIND -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case YUAN -> DataTypes.createDecimalType(20, 2);
            case COUNT -> DataTypes.LongType;
            case YEAR -> DataTypes.IntegerType;
            case DECIMAL -> DataTypes.createDecimalType(38, 6);
            case OBJECT -> sparkSchema(type.getSchema().orElseThrow());
            case LIST -> DataTypes.createArrayType(sparkType(type.getElementType().orElseThrow()), false);
            case EXTENSIONS -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType);
        };
    }

    /**
     * Checks a table's columns against a record schema.
     *
     * @param schema  the record schema
     * @param table   the table's Spark schema
     * @param what    the table's name for messages, such as {@code activities}
     * @return the converter of its rows
     * @throws IllegalArgumentException naming the first missing required column or mistyped column
     */
    public static RecordRows of(RecordSchema<?> schema, StructType table, String what) {
        return new RecordRows(fields(schema, table, what, ""));
    }

    private static Field[] fields(RecordSchema<?> schema, StructType table, String what, String prefix) {
        List<Field> out = new ArrayList<>();
        for (Property<?, ?> p : schema.getProperties()) {
            String name = p.getName();
            int column = indexOf(table, name);
            if (column < 0) {
                if (p.isRequired()) {
                    throw new IllegalArgumentException("the table " + what + " has no column " + prefix + name + " ("
                            + p.getHeader() + ", " + sparkType(p.getType()).simpleString() + "), which every record of "
                            + schema.getName() + " needs; its columns are " + List.of(table.fieldNames()));
                }
                continue;
            }
            DataType actual = table.fields()[column].dataType();
            out.add(field(p.getType(), name, column, actual, what, prefix + name));
        }
        return out.toArray(new Field[0]);
    }

    private static Field field(ValueType<?> type, String name, int column, DataType actual, String what,
            String path) {
        ValueKind kind = type.getKind();
        switch (kind) {
            case TEXT, ID, REFERENCE, CODE, ACTIVITY_KIND -> {
                expect(actual instanceof org.apache.spark.sql.types.StringType, what, path, actual, "string");
                return new Field(name, column, Kind.STRING, null);
            }
            case DATE -> {
                expect(actual == DataTypes.DateType || actual instanceof org.apache.spark.sql.types.StringType, what,
                        path, actual, "date (or an ISO-8601 string)");
                return new Field(name, column, Kind.DATE, null);
            }
            case YUAN -> {
                expect(actual instanceof DecimalType || actual instanceof org.apache.spark.sql.types.StringType
                        || isInteger(actual), what, path, actual, "decimal with at most 2 decimals (or a string)");
                return new Field(name, column, Kind.YUAN, null);
            }
            case COUNT, YEAR -> {
                expect(isInteger(actual), what, path, actual, "integer (int or bigint)");
                return new Field(name, column, Kind.NUMBER, null);
            }
            case DECIMAL -> {
                expect(isInteger(actual) || actual instanceof DecimalType, what, path, actual, "decimal");
                return new Field(name, column, Kind.NUMBER, null);
            }
            case OBJECT -> {
                expect(actual instanceof StructType, what, path, actual, "struct");
                return new Field(name, column, Kind.OBJECT,
                        fields(type.getSchema().orElseThrow(), (StructType) actual, what, path + "."));
            }
            case LIST -> {
                expect(actual instanceof ArrayType, what, path, actual, "array");
                ValueType<?> element = type.getElementType().orElseThrow();
                DataType actualElement = ((ArrayType) actual).elementType();
                if (element.getKind() == ValueKind.OBJECT) {
                    expect(actualElement instanceof StructType, what, path + "[]", actualElement, "struct");
                    return new Field(name, column, Kind.LIST_OF_OBJECTS,
                            fields(element.getSchema().orElseThrow(), (StructType) actualElement, what, path + "[]."));
                }
                expect(actualElement instanceof org.apache.spark.sql.types.StringType, what, path + "[]",
                        actualElement, "string");
                return new Field(name, column, Kind.LIST_OF_STRINGS, null);
            }
            case EXTENSIONS -> {
                expect(actual instanceof MapType m && m.keyType() instanceof org.apache.spark.sql.types.StringType,
                        what, path, actual, "map<string,string> (or map<string,number>)");
                return new Field(name, column, Kind.MAP, null);
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private static boolean isInteger(DataType t) {
        return t == DataTypes.LongType || t == DataTypes.IntegerType || t == DataTypes.ShortType
                || t == DataTypes.ByteType;
    }

    private static void expect(boolean ok, String what, String path, DataType actual, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("the column " + path + " of the table " + what + " is "
                    + actual.simpleString() + "; it must be " + expected);
        }
    }

    private static int indexOf(StructType table, String name) {
        String[] names = table.fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes a row as the JSON line of its record (null columns left out).
     *
     * @param row  the row
     * @return the UTF-8 bytes of the line
     */
    public byte[] toJson(Row row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FicJson.factory().createGenerator(out)) {
            writeObject(g, row, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeObject(JsonGenerator g, Row row, Field[] fields) throws IOException {
        g.writeStartObject();
        for (Field f : fields) {
            if (row.isNullAt(f.column)) {
                continue;
            }
            Object v = row.get(f.column);
            g.writeFieldName(f.name);
            switch (f.kind) {
                case STRING -> g.writeString((String) v);
                case DATE -> g.writeString(v instanceof String s ? s : v.toString());
                case YUAN -> g.writeString(yuan(v));
                case NUMBER -> {
                    if (v instanceof BigDecimal d) {
                        g.writeNumber(d);
                    } else {
                        g.writeNumber(((Number) v).longValue());
                    }
                }
                case OBJECT -> writeObject(g, (Row) v, f.nested);
                case LIST_OF_STRINGS, LIST_OF_OBJECTS -> {
                    g.writeStartArray();
                    for (Object e : row.getList(f.column)) {
                        if (e == null) {
                            g.writeNull();
                        } else if (f.kind == Kind.LIST_OF_STRINGS) {
                            g.writeString((String) e);
                        } else {
                            writeObject(g, (Row) e, f.nested);
                        }
                    }
                    g.writeEndArray();
                }
                case MAP -> {
                    g.writeStartObject();
                    for (Map.Entry<Object, Object> e : row.<Object, Object>getJavaMap(f.column).entrySet()) {
                        g.writeFieldName((String) e.getKey());
                        Object x = e.getValue();
                        if (x == null) {
                            g.writeNull();
                        } else if (x instanceof String s) {
                            g.writeString(s);
                        } else if (x instanceof BigDecimal d) {
                            g.writeNumber(d);
                        } else {
                            g.writeNumber(x.toString());
                        }
                    }
                    g.writeEndObject();
                }
                default -> throw new IllegalStateException();
            }
        }
        g.writeEndObject();
    }

    private static String yuan(Object v) {
        if (v instanceof String s) {
            return s;
        }
        BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
        d = d.stripTrailingZeros();
        return (d.scale() < 2 ? d.setScale(2) : d).toPlainString();
    }
}
