package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator runs without Expression Language: no {@code jakarta.el} implementation is a
 * dependency, and messages with parameters ({@code {min}}, {@code {max}}) are still filled in.
 */
class NoExpressionLanguageTest {

    static final class Named {
        @Size(min = 2, max = 4)
        public String getName() {
            return "x";
        }
    }

    @Test
    void noExpressionLanguageIsOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
    }

    @Test
    void messageParameters_areInterpolated() {
        List<Problem> problems = FicValidator.english().validate(new Named());
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("SIZE", problems.get(0).getProblemCode());
        assertEquals("size must be between 2 and 4", problems.get(0).getMessage());
    }
}
