package com.example.consumer;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.report.CustomIndicator;
import java.math.BigDecimal;

/** The team's own indicator: the volunteer hours ({@code extensions.hours}) of X_VOLUNTEER activities. */
public final class VolunteerHours implements CustomIndicator {

    /** The indicator code. */
    public static final String CODE = "X_VOLUNTEER.HOURS";

    /** Creates the indicator (ServiceLoader calls this). */
    public VolunteerHours() {}

    @Override
    public String getCode() {
        return CODE;
    }

    @Override
    public String getName() {
        return "志愿服务时长";
    }

    @Override
    public String getEnglishName() {
        return "volunteer hours";
    }

    @Override
    public String getUnit() {
        return "小时";
    }

    @Override
    public boolean selects(Activity activity) {
        return activity.getKind().getCode().equals("X_VOLUNTEER");
    }

    @Override
    public BigDecimal measure(Activity activity) {
        return activity.getExtensions().getNumber("hours").orElse(BigDecimal.ZERO);
    }
}
