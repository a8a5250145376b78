/**
 * Record schemas: one declarative description per record type ({@link
 * io.github.ficsdk.core.schema.RecordSchemas#ACTIVITY activities}, chambers, …, and the nested fee
 * tiers, activity targets and proposal sessions) — its JSON Lines file and spreadsheet sheet, its
 * id, and its {@link io.github.ficsdk.core.schema.Property properties} in order, each with its JSON
 * name, Chinese header and accepted aliases, English label, {@link
 * io.github.ficsdk.core.schema.ValueType value type} (with the Chinese labels of codes, ranges,
 * list separators, nested schemas), whether it is required, its default, and its getter and
 * setter. The JSON readers and writers of {@code io.github.ficsdk.core.io} are driven by these
 * schemas, and every other source of records (spreadsheet ledgers, Spark tables, databases) can
 * take the shape of a record from here instead of writing it again.
 *
 * <pre>{@code
 * RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
 * for (Property<Activity, ?> p : schema.getProperties()) {
 *     // id 编号 ID, kind 类型 ACTIVITY_KIND, start 开始日期 DATE, …, amountYuan 金额（元） YUAN, …
 *     System.out.println(p.getName() + " " + p.getHeader() + " " + p.getType());
 * }
 * Column<Activity> column = schema.column("金额（万元）").get();   // amountYuan, multiplier 10000
 * ValueType<?> role = RecordSchemas.MEMBERSHIP.property("role").get().getType();
 * role.findCode("副会长");                                       // Optional[VICE_PRESIDENT]
 *
 * RecordBuilder<Activity> builder = schema.newBuilder();          // build a record from values
 * builder.set(schema.getProperty("id", String.class), "A17")
 *         .set(schema.getProperty("kind", ActivityKind.class), ActivityKind.VISIT)
 *         .set(schema.getProperty("start", LocalDate.class), LocalDate.of(2017, 3, 14))
 *         .add(schema.getListProperty("organizers", String.class), "F330400");
 * Activity activity = builder.build();
 * }</pre>
 *
 * <p>What a spreadsheet reader finds here: the sheet of a record type ({@link
 * io.github.ficsdk.core.schema.RecordSchemas#forSheet(String)}: {@code 活动} or {@code activities}),
 * the column of a header ({@link io.github.ficsdk.core.schema.RecordSchema#column(String)}, with
 * 万元 headers multiplied by 10,000, a proposal's {@code session} spread over four columns, and
 * {@code 扩展:NAME} for extensions), codes by their Chinese labels
 * ({@link io.github.ficsdk.core.schema.ValueType#findCode(String)}), the separators of lists and of
 * {@code 类型:编号} / {@code 名称:年费} pairs. What a columnar engine finds: every property in a stable
 * order with its index ({@link io.github.ficsdk.core.schema.RecordSchema#getPropertyNames()}), its
 * Java type, whether it may be absent, and the schemas of nested objects.
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.schema;

import io.github.ficsdk.validation.ValueStyle;
