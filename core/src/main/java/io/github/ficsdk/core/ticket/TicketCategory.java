package io.github.ficsdk.core.ticket;

/**
 * The subject of a ticket (问题收集单), such as {@link #FINANCING}.
 *
 * @since 0.1
 */
public enum TicketCategory {
    /** 融资, financing. */
    FINANCING("融资"),
    /** 税费, taxes and fees. */
    TAX_AND_FEES("税费"),
    /** 用地审批, land and permits. */
    LAND_AND_PERMITS("用地审批"),
    /** 法律, legal matters. */
    LEGAL("法律"),
    /** 人才, talent. */
    TALENT("人才"),
    /** 市场准入, market access. */
    MARKET_ACCESS("市场准入"),
    /** 政策, policy. */
    POLICY("政策"),
    /** 其他, anything else. */
    OTHER("其他");

    private final String label;

    TicketCategory(String label) {
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
