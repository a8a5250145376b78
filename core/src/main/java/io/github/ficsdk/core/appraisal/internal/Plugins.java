package io.github.ficsdk.core.appraisal.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the plug-ins of a service one provider at a time: a provider whose class is missing, is
 * not a subtype or whose constructor throws is remembered by its class name with its error, and
 * the others still load. Internal: not part of the API.
 */
public final class Plugins {

    /** More failures than this in a row and the listing itself is taken to be broken. */
    private static final int MAX_FAILURES = 1000;

    private Plugins() {}

    /**
     * The providers that loaded and those that did not.
     *
     * @param <S>     the service type
     * @param found   the instances, in the order found
     * @param failed  the class name of each provider that failed (or the text of the error when it
     *                names none) → its error, in the order found
     */
    public record Loaded<S>(List<S> found, Map<String, String> failed) {}

    /**
     * Loads every provider of a service through a class loader.
     *
     * @param <S>     the service type
     * @param type    the service, not null
     * @param loader  the class loader, not null
     * @return the providers and the failures, never null
     */
    public static <S> Loaded<S> load(Class<S> type, ClassLoader loader) {
        List<S> found = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Iterator<ServiceLoader.Provider<S>> it = ServiceLoader.load(type, loader).stream().iterator();
        int failures = 0;
        while (failures < MAX_FAILURES) {
            ServiceLoader.Provider<S> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                // a listed class that is missing or not a subtype: the iterator goes on with the next
                failures++;
                failed.put(providerName(e), describe(e));
                continue;
            }
            String name = provider.type().getName();
            try {
                found.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError | StackOverflowError e) {
                failures++;
                failed.put(name, describe(e.getCause() != null && e instanceof ServiceConfigurationError ? e.getCause() : e));
            }
        }
        return new Loaded<>(Collections.unmodifiableList(found), Collections.unmodifiableMap(failed));
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
        int colon = m.indexOf(": ");
        if (colon >= 0) {
            String rest = m.substring(colon + 2);
            int space = rest.indexOf(' ');
            return space > 0 ? rest.substring(0, space) : rest;
        }
        return m;
    }

    /** One line: the error's class and message, control characters escaped. */
    public static String describe(Throwable e) {
        return Shown.text(e.toString());
    }
}
