package io.github.ficsdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of fic-core as the build wrote it ({@code build.properties}, filled in by Maven
 * resource filtering), so no class carries a hard-coded version. Internal: not part of the API.
 */
public final class BuildVersion {

    private static final String RESOURCE = "build.properties";

    private static final String VERSION = read();

    private BuildVersion() {}

    /**
     * Returns the version of this build, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, never null
     */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("fic-core is incomplete: " + RESOURCE + " is missing");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("fic-core is incomplete: " + RESOURCE + " has no version");
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
