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
package io.github.fpkit.synthetic;

import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Sex;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One delivery in a woman's simulated history: a live birth (with its order among her live
 * births) or a stillbirth (order 0), the start of its pregnancy, and the child's death.
 */
record Delivery(LocalDate date, LocalDate pregnancyStart, boolean live, int order, Sex sex,
        PolicyStatus policy, Optional<LocalDate> childDeath) {
}
