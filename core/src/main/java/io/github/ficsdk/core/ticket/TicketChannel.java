package io.github.ficsdk.core.ticket;

/**
 * How a ticket reached the federation or chamber, such as {@link #PROBLEM_SHEET}.
 *
 * @since 0.1
 */
public enum TicketChannel {
    /** 问题收集单, the problem sheet of the burden-reduction work. */
    PROBLEM_SHEET("问题收集单"),
    /** 服务联盟, the chambers' service alliance. */
    SERVICE_ALLIANCE("服务联盟"),
    /** 走访, a visit. */
    VISIT("走访"),
    /** 热线, a hotline. */
    HOTLINE("热线"),
    /** 其他, another channel. */
    OTHER("其他");

    private final String label;

    TicketChannel(String label) {
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
