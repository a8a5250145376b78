package io.github.ficsdk.examples.plugins;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.report.CustomIndicator;
import java.math.BigDecimal;

/** A custom indicator plug-in found by ServiceLoader in the app's tests: the mentoring hours in minutes. */
public final class MentoringMinutes implements CustomIndicator {

    @Override
    public String getCode() {
        return "X_MENTORING.MINUTES";
    }

    @Override
    public String getName() {
        return "导师辅导分钟数";
    }

    @Override
    public String getEnglishName() {
        return "mentoring minutes";
    }

    @Override
    public String getUnit() {
        return "分钟";
    }

    @Override
    public boolean selects(Activity activity) {
        return activity.getKind().getCode().equals(SeedDataset.MENTORING);
    }

    @Override
    public BigDecimal measure(Activity activity) {
        return activity.getExtensions().getNumber("hours").orElse(BigDecimal.ZERO).multiply(BigDecimal.valueOf(60));
    }
}
