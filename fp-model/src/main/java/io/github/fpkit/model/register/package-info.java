/**
 * The register: the tables of a family-planning office's records as streams
 * ({@link io.github.fpkit.model.register.RegisterSource}), an in-memory indexed
 * {@link io.github.fpkit.model.register.Register} with the derived queries indicators
 * need, and the referential checks of the register format, reported as
 * {@link io.github.fpkit.model.register.Finding}s.
 */
@ValueStyle
package io.github.fpkit.model.register;

import io.github.fpkit.model.internal.ValueStyle;
