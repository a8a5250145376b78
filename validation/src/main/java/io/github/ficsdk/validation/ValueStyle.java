package io.github.ficsdk.validation;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this module's value types ({@link Problem}, {@link CreditCodeFinding}): the
 * same rules as core's {@code io.github.ficsdk.core.DomainStyle}, which this module, below core,
 * cannot use. JavaBean getters, package-private generated classes and builders behind the public
 * abstract types, JDK collections only, and no annotation from the class path on the generated
 * classes. Keep the two in step.
 */
@Target({PACKAGE, TYPE})
@Retention(CLASS)
@Value.Style(get = {"get*", "is*"}, visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true, jdkOnly = true, depluralize = true, jacksonIntegration = false,
        depluralizeDictionary = {"veto:vetoes"}, jakarta = true,
        allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
