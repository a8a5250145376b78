package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.ServicePlugins;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Loads the plug-ins of a service through {@link ServicePlugins}, for the appraisal package.
 * Internal: not part of the API.
 */
public final class Plugins {

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
        ServicePlugins<S> plugins = ServicePlugins.load(ServiceLoader.load(type, loader));
        return new Loaded<>(plugins.getFound(), plugins.getFailed());
    }
}
