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
 * Validation of register records: the referential rules of the register format and the
 * plausibility rules of fp-indicators, reported as
 * {@link io.github.fpkit.model.register.Finding}s by
 * {@link io.github.fpkit.indicators.validation.RegisterValidator}, which streams any
 * {@link io.github.fpkit.model.register.RegisterSource} holding only what the joins need
 * (memory grows with the women, not the events), and names each finding's line when the
 * source numbers its rows.
 */
package io.github.fpkit.indicators.validation;
