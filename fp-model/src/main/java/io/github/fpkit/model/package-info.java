/**
 * Value types of the family-planning register: {@link io.github.fpkit.model.Woman},
 * {@link io.github.fpkit.model.Birth}, {@link io.github.fpkit.model.ContraceptiveEpisode}
 * and the other records of the register format, with the identifiers
 * ({@link io.github.fpkit.model.AreaCode}, {@link io.github.fpkit.model.ResidentId}),
 * periods ({@link io.github.fpkit.model.ReportingPeriod}), ages and coded enumerations
 * they are made of.
 *
 * <p>All types are immutable and thread-safe. Records are created through their
 * builders ({@code Woman.builder()...build()}) and validated at construction: invalid
 * input raises {@link io.github.fpkit.model.InvalidValueException} naming the field,
 * the value and the reason.
 */
@ValueStyle
package io.github.fpkit.model;

import io.github.fpkit.model.internal.ValueStyle;
