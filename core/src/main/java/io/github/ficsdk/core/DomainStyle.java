package io.github.ficsdk.core;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the domain: JavaBean getters ({@code getId()}, {@code isX()}),
 * package-private generated classes hidden behind the public abstract types, JDK collections only.
 *
 * <p>Applied to every domain package through its {@code package-info.java}. Not needed by users.
 *
 * @since 0.1
 */
@Target({PACKAGE, TYPE})
@Retention(CLASS)
@Value.Style(get = {"get*", "is*"}, visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true, jdkOnly = true, depluralize = true, jakarta = true,
        // no annotation found on the class path (org.immutables.value.Generated above all) is put on
        // the generated classes: a user compiling with -Xlint:all -Werror has no Immutables jar
        allowedClasspathAnnotations = {Override.class})
public @interface DomainStyle {}
