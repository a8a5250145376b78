package io.github.ficsdk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ficsdk.validation.FicValidator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's version line (HV000001, INFO) stays off the console, and a level the
 * application set is left alone. (The consumer project checks a whole run's stderr in a fresh JVM.)
 */
class QuietLogsTest {

    @Test
    void afterFirstUse_theVersionLoggerDoesNotLogInfo() {
        FicValidator.english().validate(new Object());
        Logger version = Logger.getLogger(QuietLogs.VERSION_LOGGER);
        assertFalse(version.isLoggable(Level.INFO), "level " + version.getLevel());
    }

    @Test
    void anUnsetLogger_isRaisedToWarning() {
        Logger logger = QuietLogs.quiet("io.github.ficsdk.test.unset");
        assertEquals(Level.WARNING, logger.getLevel());
    }

    @Test
    void aLevelTheApplicationSet_isKept() {
        Logger configured = Logger.getLogger("io.github.ficsdk.test.configured");
        configured.setLevel(Level.FINE);
        assertEquals(Level.FINE, QuietLogs.quiet("io.github.ficsdk.test.configured").getLevel());
    }
}
