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
 * The register: the tables of a family-planning office's records as streams
 * ({@link io.github.fpkit.model.register.RegisterSource}), an in-memory indexed
 * {@link io.github.fpkit.model.register.Register} with the derived queries indicators
 * need, and the referential checks of the register format, reported as
 * {@link io.github.fpkit.model.register.Finding}s.
 */
@ValueStyle
package io.github.fpkit.model.register;

import io.github.fpkit.model.internal.ValueStyle;
