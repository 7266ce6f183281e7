/**
 * Validation of register records: the referential rules of the register format and the
 * plausibility rules of fp-indicators, reported as
 * {@link io.github.fpkit.model.register.Finding}s by
 * {@link io.github.fpkit.indicators.validation.RegisterValidator}.
 */
package io.github.fpkit.indicators.validation;
