package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one shared Hibernate Validator factory (created on first use) and the conversion of
 * violations to problems. Internal: not part of the API.
 */
public final class ValidatorHolder {

    private static final String FIC_TEMPLATE_PREFIX = "{fic.";

    private ValidatorHolder() {}

    /** Lazily initialised holder: the factory is built on first use, once, thread-safely. */
    private static final class Factory {
        static final ValidatorFactory FACTORY = build();

        /**
         * Builds the factory without Expression Language (no {@code jakarta.el} needed: the
         * parameter interpolator fills {@code {name}} only) and without Hibernate Validator's
         * version line on the console ({@link QuietLogs}).
         */
        private static ValidatorFactory build() {
            QuietLogs.silenceVersionLine();
            return Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .buildValidatorFactory();
        }

        static final Validator CHINESE = withLocale(Locale.SIMPLIFIED_CHINESE);
        static final Validator ENGLISH = withLocale(Locale.ROOT);

        private static Validator withLocale(Locale locale) {
            MessageInterpolator base = FACTORY.getMessageInterpolator();
            MessageInterpolator fixed = new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return interpolate(template, context, locale);
                }

                @Override
                public String interpolate(String template, Context context, Locale ignored) {
                    String message = base.interpolate(template, context, locale);
                    // A message parameter may itself be a {fic.…} key (such as the kind text of
                    // CREDIT_CODE_KIND); Hibernate Validator does not resolve parameter values.
                    return message.contains(FIC_TEMPLATE_PREFIX) ? base.interpolate(message, context, locale) : message;
                }
            };
            return FACTORY.usingContext().messageInterpolator(fixed).getValidator();
        }
    }

    /**
     * Returns the shared validator for a language.
     *
     * @param locale  {@code zh} for Chinese, anything else for English
     * @return the validator
     */
    public static Validator validator(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Factory.CHINESE : Factory.ENGLISH;
    }

    /**
     * Converts one violation into a problem.
     *
     * @param violation  the violation
     * @return the problem
     */
    public static Problem toProblem(ConstraintViolation<?> violation) {
        return Problem.of(severity(violation), path(violation.getPropertyPath()), code(violation),
                violation.getMessage());
    }

    private static Severity severity(ConstraintViolation<?> violation) {
        if (violation instanceof HibernateConstraintViolation<?> hv) {
            Severity dynamic = hv.getDynamicPayload(Severity.class);
            if (dynamic != null) {
                return dynamic;
            }
        }
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        if (descriptor != null) {
            for (Class<? extends Payload> payload : descriptor.getPayload()) {
                if (Severity.Warning.class.isAssignableFrom(payload)) {
                    return Severity.WARNING;
                }
            }
        }
        return Severity.ERROR;
    }

    static String code(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith(FIC_TEMPLATE_PREFIX) && template.endsWith("}")
                && template.indexOf('}') == template.length() - 1) {
            return template.substring(FIC_TEMPLATE_PREFIX.length(), template.length() - 1);
        }
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        String name = descriptor == null ? "Invalid" : descriptor.getAnnotation().annotationType().getSimpleName();
        return upperSnake(name);
    }

    static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(camel.charAt(i - 1))
                        || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** Renders a property path as {@code targets[0].id}, dropping container-element nodes. */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            boolean container = node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT;
            if (container && node.isInIterable()) {
                appendIndex(out, node);
                continue;
            }
            if (node.isInIterable()) {
                appendIndex(out, node);
            }
            if (name == null || name.startsWith("<") || container) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(name);
        }
        return out.toString();
    }

    private static void appendIndex(StringBuilder out, Path.Node node) {
        if (node.getIndex() != null) {
            out.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            out.append('[').append(node.getKey()).append(']');
        }
    }
}
