package com.example.consumer;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.report.Approximation;
import io.github.ficsdk.report.ExtensionSumIndicator;
import io.github.ficsdk.report.IndicatorInfo;

/**
 * The team's own indicator: the volunteer hours ({@code extensions.hours}) of X_VOLUNTEER
 * activities. Of the most common form, so it says only what it sums; an indicator of another form
 * implements {@code CustomIndicator} itself.
 */
public final class VolunteerHours extends ExtensionSumIndicator {

    /** The indicator code. */
    public static final String CODE = "X_VOLUNTEER.HOURS";

    /** Creates the indicator (ServiceLoader calls this). */
    public VolunteerHours() {
        super(IndicatorInfo.of(CODE, "志愿服务时长", "volunteer hours", "小时", Approximation.EXACT),
                ActivityKind.parse("X_VOLUNTEER"), "hours");
    }
}
