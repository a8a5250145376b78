package io.github.ficsdk.validation;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK's value types, in every module: JavaBean getters
 * ({@code getId()}, {@code isX()}), package-private generated classes hidden behind the public
 * abstract types, JDK collections only. It lives here, in the lowest module, so that this module's
 * value types ({@link Problem}, {@link CreditCodeFinding}) and those of the modules above it (the
 * domain packages of {@code fic-core}, {@code fic-report}, {@code fic-tabular}) follow the same rules.
 *
 * <p>The generated builders are package-private too: each value's public {@code Builder} extends
 * its generated builder, so that its methods are the public {@code Builder}'s own in the Javadoc
 * (signature and description, which Javadoc copies from a package-private superclass) and no
 * generated name shows. Plural collection names are made singular for the {@code add…} methods
 * ({@code addOrganizer}, {@code addVeto}).
 *
 * <p>A record type that users change one property of implements its generated {@code With…}
 * interface (package-private too), so it has documented copies such as
 * {@code activity.withTitle("民营企业发展论坛")} that run the same checks as {@code build()}.
 *
 * <p>Applied to a package through its {@code package-info.java} (or to a single type). Not needed
 * by users. It replaces core's {@code DomainStyle} of 0.1, which said the same rules again.
 *
 * @since 0.2
 */
@Target({PACKAGE, TYPE})
@Retention(CLASS)
@Value.Style(get = {"get*", "is*"}, visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true, jdkOnly = true, depluralize = true, jacksonIntegration = false,
        depluralizeDictionary = {"veto:vetoes"}, jakarta = true,
        // no annotation found on the class path (org.immutables.value.Generated above all) is put on
        // the generated classes: a user compiling with -Xlint:all -Werror has no Immutables jar
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
