package io.github.ficsdk.core.project;

/**
 * The stage of an investment project, {@link #SIGNED} by default; a {@link #CANCELLED} project counts in no indicator.
 *
 * @since 0.1
 */
public enum ProjectStage {
    /** 签约, agreement signed (the default). */
    SIGNED("签约"),
    /** 开工, construction started. */
    STARTED("开工"),
    /** 竣工, completed. */
    COMPLETED("竣工"),
    /** 取消, cancelled. */
    CANCELLED("取消");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
