package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.Activity;
import java.math.BigDecimal;

/** A custom indicator found through ServiceLoader in the tests: the sum of extensions.hours. */
public class TestHoursIndicator implements CustomIndicator {

    /** Creates the indicator (ServiceLoader calls this). */
    public TestHoursIndicator() {}

    @Override
    public String getCode() {
        return "X_TEST.HOURS";
    }

    @Override
    public String getName() {
        return "测试时长";
    }

    @Override
    public String getEnglishName() {
        return "test hours";
    }

    @Override
    public String getUnit() {
        return "小时";
    }

    @Override
    public boolean selects(Activity activity) {
        return activity.getExtensions().getNumber("hours").isPresent();
    }

    @Override
    public BigDecimal measure(Activity activity) {
        return activity.getExtensions().getNumber("hours").orElseThrow();
    }
}
