/**
 * A team's application using the FIC SDK on the module path: its own indicator and scoring rule
 * are services that the SDK finds through {@link java.util.ServiceLoader}.
 */
module com.example.consumer {
    // transitive: the exported API of this module (FiveMinutes) uses types of the SDK
    requires transitive io.github.ficsdk.report;

    exports com.example.consumer;

    provides io.github.ficsdk.report.CustomIndicator with com.example.consumer.VolunteerHours;
    provides io.github.ficsdk.core.appraisal.spi.ScoringRule with com.example.consumer.ActivityBonusRule;
}
