package io.github.ficsdk.core;

import io.github.ficsdk.validation.SafeText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The plug-ins of a service, loaded by {@link ServiceLoader} one provider at a time: a provider
 * whose class is missing, is not a subtype or whose constructor throws is remembered by its class
 * name with its error, and the others still load. The SDK loads its own plug-in kinds (scoring
 * rules, evidence providers, custom indicators) this way; a module that defines a plug-in kind
 * does the same.
 *
 * <pre>{@code
 * ServicePlugins<ScoringRule> rules = ServicePlugins.load(ServiceLoader.load(ScoringRule.class, loader));
 * rules.getFound();    // the instances, in the order found
 * rules.getFailed();   // "com.example.BrokenRule" -> "java.lang.IllegalStateException: …"
 * }</pre>
 *
 * <p>An error text is one line: the error's class and message, with ID-card and mobile numbers
 * masked and control characters escaped ({@link SafeText#forDisplay(String)}). Immutable.
 *
 * @param <S> the service type
 * @since 0.1
 */
public final class ServicePlugins<S> {

    /** More failures than this and the listing itself is taken to be broken. */
    private static final int MAX_FAILURES = 1000;

    private final List<S> found;
    private final Map<String, String> failed;

    private ServicePlugins(List<S> found, Map<String, String> failed) {
        this.found = Collections.unmodifiableList(found);
        this.failed = Collections.unmodifiableMap(failed);
    }

    /**
     * Loads every provider that a service loader lists. The caller makes the service loader in its
     * own module (such as {@code ServiceLoader.load(ScoringRule.class, classLoader)}), so that on
     * the module path the {@code uses} declaration of the module that defines the plug-in kind
     * applies.
     *
     * @param <S>       the service type
     * @param services  the service loader, not null
     * @return the providers that loaded and those that did not, never null
     * @throws NullPointerException if the service loader is null
     */
    public static <S> ServicePlugins<S> load(ServiceLoader<S> services) {
        Objects.requireNonNull(services, "services");
        List<S> found = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Iterator<ServiceLoader.Provider<S>> it = services.stream().iterator();
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
        return new ServicePlugins<>(found, failed);
    }

    /**
     * Returns the providers that loaded.
     *
     * @return the instances, in the order found, unmodifiable, never null
     */
    public List<S> getFound() {
        return found;
    }

    /**
     * Returns the providers that did not load.
     *
     * @return the class name of each (or the text of the error when it names none) → its error, in
     *         the order found, unmodifiable, never null
     */
    public Map<String, String> getFailed() {
        return failed;
    }

    /**
     * Returns the plug-ins, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ServicePlugins[found=" + found + ", failed=" + failed + "]";
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

    /**
     * One line for an error: its class and message, personal numbers masked and control
     * characters escaped.
     *
     * @param e  the error, not null
     * @return the text, never null
     */
    public static String describe(Throwable e) {
        return SafeText.forDisplay(e.toString());
    }
}
