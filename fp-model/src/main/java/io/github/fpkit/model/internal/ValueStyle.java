/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.fpkit.model.internal;

import io.github.fpkit.model.MissingFieldException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every fpkit value type, placed on the packages of fpkit's
 * modules. Not meant for use outside fpkit.
 *
 * <ul>
 *   <li>The generated {@code Immutable*} classes and their builders stay package-private
 *       behind the abstract type and its public nested {@code Builder}, so users see
 *       {@code Woman} and {@code Woman.builder()}, never the generated class; and because the
 *       generated builder is not public, javadoc documents its setters on the public
 *       {@code Builder}, each linking to the accessor whose javadoc states its rule.</li>
 *   <li>A required field not set makes {@code build()} throw {@link MissingFieldException}
 *       (an {@link io.github.fpkit.model.InvalidValueException}), like every other broken rule.</li>
 *   <li>No annotation found on the class path is added to the generated classes, in
 *       particular not Immutables' own {@code @Generated}: users compile without Immutables,
 *       and {@code javac -Xlint} would warn about every class file that names it.</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        throwForInvalidImmutableState = MissingFieldException.class,
        // A whitelist of one annotation that is never auto-discovered: none is added.
        allowedClasspathAnnotations = Override.class,
        defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {
}
