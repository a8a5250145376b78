package io.github.ficsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.CreditCode;
import io.github.ficsdk.validation.InvalidCodeException;
import org.junit.jupiter.api.Test;

/**
 * fic-core ships a {@code ContributorValidationMessages.properties} of its own, ahead of
 * fic-validation's on this class path, as it is for every user of fic-core: the validation
 * module's exception messages must still be found.
 */
class ValidationOnTheClassPathTest {

    @Test
    void creditCodeParse_withCoresBundleFirst_throwsTheDocumentedException() {
        assertTrue(getClass().getResource("/ContributorValidationMessages.properties").toString().contains("core"),
                "core's bundle comes first here");
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse("91350100M000100Y4Z"));
        assertEquals("CREDIT_CODE_CHECK_CHARACTER", e.getProblemCode());
        assertTrue(e.getMessage().contains("wrong check character"), e.getMessage());
    }
}
