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

import java.io.Writer;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The output formats of {@code fp indicators} (and of {@code fp quality}, {@code fp reconcile}): a readable table, JSON or CSV records. */
enum ResultFormat {
    /** A table in one language: area, indicator code and name, rounded value, unit, interval ({@link IndicatorTable}). */
    TABLE,
    /** A JSON array of result records ({@link io.github.fpkit.io.json.ResultJsonWriter}). */
    JSON,
    /** The result records as CSV, with the same columns as JSON ({@link io.github.fpkit.io.csv.ResultCsvWriter}). */
    CSV;

    /**
     * Prints records in this format: as JSON and a line break, as CSV, or as the command's
     * table; then flushes.
     *
     * @param <T> what is printed
     * @param records what is printed
     * @param out standard output
     * @param json writes the records as JSON
     * @param csv writes the records as CSV
     * @param table prints the table
     */
    <T> void print(T records, StandardOutput out, BiConsumer<T, Writer> json, BiConsumer<T, Writer> csv, Runnable table) {
        switch (this) {
            case JSON:
                json.accept(records, out.text());
                out.println();
                break;
            case CSV:
                csv.accept(records, out.text());
                break;
            default:
                table.run();
        }
        out.flush();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
