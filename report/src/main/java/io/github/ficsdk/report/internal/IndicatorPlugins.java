package io.github.ficsdk.report.internal;

import io.github.ficsdk.report.CustomIndicator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the {@link CustomIndicator} plug-ins one provider at a time, as core loads scoring rules: a
 * provider whose class is missing, is not a subtype or whose constructor throws is remembered by
 * its class name with its error, and the others still load. Internal: not part of the API.
 */
public final class IndicatorPlugins {

    /** More failures than this in a row and the listing itself is taken to be broken. */
    private static final int MAX_FAILURES = 1000;

    private IndicatorPlugins() {}

    /**
     * The providers that loaded and those that did not.
     *
     * @param found   the instances, in the order found
     * @param failed  the class name of each provider that failed → its error, in the order found
     */
    public record Loaded(List<CustomIndicator> found, Map<String, String> failed) {}

    /**
     * Loads every provider through a class loader.
     *
     * @param loader  the class loader, not null
     * @return the providers and the failures, never null
     */
    public static Loaded load(ClassLoader loader) {
        List<CustomIndicator> found = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Iterator<ServiceLoader.Provider<CustomIndicator>> it =
                ServiceLoader.load(CustomIndicator.class, loader).stream().iterator();
        int failures = 0;
        while (failures < MAX_FAILURES) {
            ServiceLoader.Provider<CustomIndicator> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures++;
                failed.put(providerName(e), describe(e));
                continue;
            }
            try {
                found.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError | StackOverflowError e) {
                failures++;
                failed.put(provider.type().getName(),
                        describe(e.getCause() != null && e instanceof ServiceConfigurationError ? e.getCause() : e));
            }
        }
        return new Loaded(Collections.unmodifiableList(found), Collections.unmodifiableMap(failed));
    }

    /** The class name a {@link ServiceConfigurationError} names ("…: Provider com.x.Y not found"), else its message. */
    private static String providerName(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Provider ");
        if (at >= 0) {
            int start = at + "Provider ".length();
            int end = start;
            while (end < m.length() && !Character.isWhitespace(m.charAt(end))) {
                end++;
            }
            if (end > start) {
                return m.substring(start, end);
            }
        }
        return m;
    }

    private static String describe(Throwable e) {
        return e.toString().replaceAll("\\p{Cntrl}", " ");
    }
}
