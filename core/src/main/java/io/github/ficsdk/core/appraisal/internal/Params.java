package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.internal.Numbers;
import java.math.BigDecimal;

/** Parameter access and number formatting for rules. Internal: not part of the API. */
public final class Params {

    private Params() {}

    /** Returns a text parameter, null when absent and not required. */
    public static String string(RuleSpec spec, String name, boolean required) {
        Object v = get(spec, name, required);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new RuleParameterException(name, name + " must be a text - but was: " + v);
    }

    /** Returns a number parameter, null when absent and not required. */
    public static BigDecimal number(RuleSpec spec, String name, boolean required) {
        Object v = get(spec, name, required);
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        throw new RuleParameterException(name, name + " must be a number - but was: " + v);
    }

    /** Returns a non-negative number parameter, null when absent and not required. */
    public static BigDecimal nonNegative(RuleSpec spec, String name, boolean required) {
        BigDecimal v = number(spec, name, required);
        if (v != null && v.signum() < 0) {
            throw new RuleParameterException(name, name + " must not be negative - but was: " + fmt(v));
        }
        return v;
    }

    private static Object get(RuleSpec spec, String name, boolean required) {
        Object v = spec.getParameters().get(name);
        if (v == null && required) {
            throw new RuleParameterException(name, "rule " + spec.getRule() + " requires parameter " + name);
        }
        return v;
    }

    /** Returns the label parameter, else the evidence key, else the rule id. */
    public static String label(RuleSpec spec, String labelName) {
        Object label = spec.getParameters().get(labelName);
        if (label instanceof String s) {
            return s;
        }
        Object evidence = spec.getParameters().get("evidence");
        return evidence instanceof String s ? s : spec.getRule();
    }

    /** Formats a number for an explanation: plain, without trailing zeros. */
    public static String fmt(BigDecimal value) {
        return norm(value).toPlainString();
    }

    /** Normalizes points: no trailing zeros, never a negative scale. */
    public static BigDecimal norm(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() == 0) {
            return value; // already in normal form: no trailing zeros to strip after a point
        }
        return Numbers.withoutNegativeScale(value.stripTrailingZeros());
    }

    /** Formats an evidence value for an explanation. */
    public static String fmt(Object value) {
        return value instanceof BigDecimal d ? fmt(d) : String.valueOf(value);
    }
}
