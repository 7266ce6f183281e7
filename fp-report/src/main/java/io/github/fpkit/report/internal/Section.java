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
package io.github.fpkit.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * One section of a report's charts; each section starts a new page in print.
 *
 * @param id the section's id, unique in the page
 * @param heading its heading
 * @param figures its figures, in order
 */
public record Section(String id, String heading, List<Figure> figures) {
    /** Copies the figures. */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        figures = List.copyOf(figures);
    }
}
