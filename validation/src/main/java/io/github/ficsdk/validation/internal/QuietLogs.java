package io.github.ficsdk.validation.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the library silent: Hibernate Validator logs its version ({@code HV000001}) at INFO through
 * JBoss Logging the first time it is bootstrapped, which without a logging backend reaches
 * {@code java.util.logging} and the console. Internal: not part of the API.
 *
 * <p>Only that one logger is touched, and only when nobody configured it: a level set by the
 * application (logging.properties, code) is left as it is, and with another backend (Log4j 2,
 * SLF4J, JBoss LogManager) the application's own configuration decides.
 */
final class QuietLogs {

    /** The logger Hibernate Validator's {@code Version} class logs through. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /** A strong reference: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static volatile Logger held;

    private QuietLogs() {}

    /** Raises the version logger to WARNING unless the application configured its level. */
    static synchronized void silenceVersionLine() {
        if (held == null) {
            held = quiet(VERSION_LOGGER);
        }
    }

    /**
     * Raises a logger to WARNING when its level is not set.
     *
     * @param name  the logger's name
     * @return the logger (hold it, or the level may be forgotten)
     */
    static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
    }
}
