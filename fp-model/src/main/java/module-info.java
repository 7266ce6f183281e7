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
 * The fpkit domain model: typed, immutable, validated records of the people and
 * events that family-planning offices keep, the area hierarchy, reporting periods
 * and ages, and the {@link io.github.fpkit.model.register.Register} that indexes them.
 *
 * <p>This module has no run-time dependency: Immutables is an annotation processor only.
 */
module io.github.fpkit.model {
    requires static org.immutables.value;

    exports io.github.fpkit.model;
    exports io.github.fpkit.model.register;
    exports io.github.fpkit.model.internal to io.github.fpkit.indicators, io.github.fpkit.io;
}
