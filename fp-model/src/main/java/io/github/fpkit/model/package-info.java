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
