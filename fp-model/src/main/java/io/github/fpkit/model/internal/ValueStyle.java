package io.github.fpkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every fpkit value type, placed on the packages of fpkit's
 * modules: the generated {@code Immutable*} classes stay package-private behind the
 * abstract type and its public nested {@code Builder}, so users see {@code Woman} and
 * {@code Woman.builder()}, never the generated class. Not meant for use outside fpkit.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {
}
