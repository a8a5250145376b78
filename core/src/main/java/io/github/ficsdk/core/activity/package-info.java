/**
 * Activities: {@link io.github.ficsdk.core.activity.Activity} (one line of
 * {@code activities.jsonl}), its {@link io.github.ficsdk.core.activity.ActivityKind kind} (an open
 * code list), its {@link io.github.ficsdk.core.activity.ActivityTarget targets}, and the narrow
 * read-only {@link io.github.ficsdk.core.activity.ActivityRecord} view that statistics need.
 *
 * <pre>{@code
 * Activity visit = Activity.builder().id("A17").kind(ActivityKind.VISIT)
 *         .start(LocalDate.of(2017, 3, 14)).addOrganizer("F330400")
 *         .addTarget(ActivityTarget.of(TargetType.CHAMBER, "C0001")).copies(20).build();
 * visit.getSessions();  // 1, the default
 * visit.getEnd();       // 2017-03-14, the default: the start
 * }</pre>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.activity;

import io.github.ficsdk.validation.ValueStyle;
