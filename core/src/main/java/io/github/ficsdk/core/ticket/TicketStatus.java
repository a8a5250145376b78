package io.github.ficsdk.core.ticket;

/**
 * The status of a ticket, {@link #OPEN} by default; {@link #RESOLVED} and {@link #CLOSED_UNRESOLVED} close it.
 *
 * @since 0.1
 */
public enum TicketStatus {
    /** 待办, not yet handled (the default). */
    OPEN("待办"),
    /** 办理中, being handled. */
    IN_PROGRESS("办理中"),
    /** 已解决, resolved. */
    RESOLVED("已解决"),
    /** 未解决办结, closed without a solution. */
    CLOSED_UNRESOLVED("未解决办结");

    private final String label;

    TicketStatus(String label) {
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
