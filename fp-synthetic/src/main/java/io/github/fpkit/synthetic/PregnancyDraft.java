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

import io.github.fpkit.model.PregnancyOutcome;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A pregnancy before it gets its id: ids are given when the woman's pregnancies are
 * emitted in order of start date, so they ascend with the date within a woman.
 */
record PregnancyDraft(LocalDate start, Optional<Boolean> planned, PregnancyOutcome outcome,
        Optional<LocalDate> outcomeDate) {
}
