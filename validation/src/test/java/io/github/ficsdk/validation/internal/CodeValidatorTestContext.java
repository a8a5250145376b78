package io.github.ficsdk.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ConstraintValidatorContext} for calling a validator alone: records the templates of the
 * violations it builds and whether the default violation was disabled.
 */
final class CodeValidatorTestContext implements ConstraintValidatorContext {

    final List<String> templates = new ArrayList<>();
    boolean defaultDisabled;

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return "{default}";
    }

    @Override
    public ClockProvider getClockProvider() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        return (ConstraintViolationBuilder) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConstraintViolationBuilder.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addConstraintViolation")) {
                        templates.add(messageTemplate);
                        return this;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    /** Returns the problem codes of the recorded violations, as {@code FicValidator} derives them. */
    List<String> codes() {
        return templates.stream().map(t -> t.substring("{fic.".length(), t.length() - 1)).toList();
    }
}
