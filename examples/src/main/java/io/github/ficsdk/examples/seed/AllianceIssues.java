package io.github.ficsdk.examples.seed;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.report.Approximation;
import io.github.ficsdk.report.CustomIndicator;
import java.math.BigDecimal;

/**
 * The problems and suggestions the chambers' service alliance received (问题建议, 个): the sum of
 * the {@code issues} extension of {@code SERVICE_ALLIANCE_DUTY} activities, worded "10 多个" as the
 * report does. A custom indicator of the kind a team adds for its own fields.
 *
 * @since 0.1
 */
public final class AllianceIssues implements CustomIndicator {

    /** The indicator code. */
    public static final String CODE = "SERVICE_ALLIANCE_DUTY.ISSUES";

    /** Creates the indicator. */
    public AllianceIssues() {}

    @Override
    public String getCode() {
        return CODE;
    }

    @Override
    public String getName() {
        return "商会服务联盟接到问题建议";
    }

    @Override
    public String getEnglishName() {
        return "problems and suggestions received by the service alliance";
    }

    @Override
    public String getUnit() {
        return "个";
    }

    @Override
    public Approximation getApproximation() {
        return Approximation.MORE_THAN;
    }

    @Override
    public boolean selects(Activity activity) {
        return activity.getKind() == ActivityKind.SERVICE_ALLIANCE_DUTY;
    }

    @Override
    public BigDecimal measure(Activity activity) {
        return activity.getExtensions().getNumber("issues").orElse(BigDecimal.ZERO);
    }
}
