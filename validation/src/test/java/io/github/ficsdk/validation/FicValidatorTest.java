package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FicValidatorTest {

    public static final class Item {
        private final String id;
        private final int count;

        Item(String id, int count) {
            this.id = id;
            this.count = count;
        }

        @NotNull
        public String getId() {
            return id;
        }

        @PositiveOrZero
        public int getCount() {
            return count;
        }
    }

    public static final class Basket {
        private final List<Item> items;

        Basket(List<Item> items) {
            this.items = items;
        }

        public List<@Valid Item> getItems() {
            return items;
        }
    }

    public static final class Suspicious {
        @NotNull(payload = Severity.Warning.class)
        public String getNote() {
            return null;
        }
    }

    @Test
    void validate_pathsCodesAndOrder() {
        List<Problem> problems = FicValidator.english().validate(
                new Basket(List.of(new Item("a", 1), new Item(null, -2))));
        assertEquals(List.of("items[1].count", "items[1].id"), problems.stream().map(Problem::getProblemPath).toList());
        assertEquals(List.of("POSITIVE_OR_ZERO", "NOT_NULL"), problems.stream().map(Problem::getProblemCode).toList());
        assertTrue(problems.stream().allMatch(Problem::isError));
    }

    @Test
    void validate_warningPayload() {
        List<Problem> problems = FicValidator.english().validate(new Suspicious());
        assertEquals(1, problems.size());
        assertEquals(Severity.WARNING, problems.get(0).getSeverity());
    }

    @Test
    void validate_englishEvenWhenTheJvmDefaultIsChinese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Problem problem = FicValidator.english().validate(new Item(null, 0)).get(0);
            assertEquals("must not be null", problem.getMessage());
            Locale.setDefault(Locale.US);
            Problem chinese = FicValidator.chinese().validate(new Item(null, 0)).get(0);
            assertEquals("不能为null", chinese.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void forLocale_picksTheLanguage() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, FicValidator.forLocale(Locale.TRADITIONAL_CHINESE).getLocale());
        assertEquals(Locale.ENGLISH, FicValidator.forLocale(Locale.GERMAN).getLocale());
        assertSame(FicValidator.chinese().unwrap(), FicValidator.forLocale(Locale.CHINA).unwrap());
    }

    @Test
    void problem_under_prefixesThePath() {
        Problem p = Problem.of(Severity.ERROR, "id", "NOT_NULL", "m");
        assertEquals("targets[0].id", p.under("targets[0]").getProblemPath());
        assertEquals("targets[0]", Problem.of(Severity.ERROR, "", "X", "m").under("targets[0]").getProblemPath());
        assertSame(p, p.under(""));
    }
}
