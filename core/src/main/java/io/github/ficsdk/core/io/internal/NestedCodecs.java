package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.proposal.ProposalSession;

/** The codecs of the nested value types. Internal. */
public final class NestedCodecs {

    private NestedCodecs() {}

    public static RecordCodec<?, ?> of(Class<?> type) {
        if (type == FeeTier.class) {
            return Codecs.FEE_TIER;
        } else if (type == ActivityTarget.class) {
            return Codecs.TARGET;
        } else if (type == ProposalSession.class) {
            return Codecs.SESSION;
        }
        throw new IllegalArgumentException("no nested codec for " + type);
    }
}
