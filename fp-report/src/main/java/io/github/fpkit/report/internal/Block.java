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
import java.util.Optional;

/**
 * One part of the data-quality section: a heading, sentences and perhaps a table.
 *
 * @param id the block's id, unique in the page
 * @param heading the heading
 * @param paragraphs sentences, before the table
 * @param table the table, if any
 */
public record Block(String id, String heading, List<String> paragraphs, Optional<Table> table) {
    /** Copies the sentences. */
    public Block {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(table, "table");
    }
}
