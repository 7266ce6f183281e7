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
package io.github.fpkit.examples.cli;

import java.util.Locale;

/** The output formats of {@code fp indicators} (and of {@code fp quality}, {@code fp reconcile}): a readable table, JSON or CSV records. */
enum ResultFormat {
    /** A table in one language: area, indicator code and name, rounded value, unit, interval ({@link IndicatorTable}). */
    TABLE,
    /** A JSON array of result records ({@link io.github.fpkit.io.json.ResultJsonWriter}). */
    JSON,
    /** The result records as CSV, with the same columns as JSON ({@link io.github.fpkit.io.csv.ResultCsvWriter}). */
    CSV;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
