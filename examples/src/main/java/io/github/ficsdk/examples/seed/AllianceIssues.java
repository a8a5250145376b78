package io.github.ficsdk.examples.seed;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.report.Approximation;
import io.github.ficsdk.report.ExtensionSumIndicator;
import io.github.ficsdk.report.IndicatorInfo;

/**
 * The problems and suggestions the chambers' service alliance received (问题建议, 个): the sum of
 * the {@code issues} extension of {@code SERVICE_ALLIANCE_DUTY} activities, worded "10 多个" as the
 * report does. A custom indicator of the kind a team adds for its own fields.
 *
 * @since 0.1
 */
public final class AllianceIssues extends ExtensionSumIndicator {

    /** The indicator code. */
    public static final String CODE = "SERVICE_ALLIANCE_DUTY.ISSUES";

    /** Creates the indicator. */
    public AllianceIssues() {
        super(IndicatorInfo.of(CODE, "商会服务联盟接到问题建议", "problems and suggestions received by the service alliance",
                "个", Approximation.MORE_THAN), ActivityKind.SERVICE_ALLIANCE_DUTY, "issues");
    }
}
