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
 * fpkit I/O: streaming CSV and JSON readers and writers for registers, indicator results
 * and findings, with Chinese header aliases, GBK/GB18030 encodings and row-level error
 * reports.
 *
 * <ul>
 *   <li>{@link io.github.fpkit.io.csv.CsvRegister} opens a register folder as a streaming
 *       {@link io.github.fpkit.model.register.RegisterSource};
 *       {@link io.github.fpkit.io.csv.CsvRegisterWriter} and
 *       {@link io.github.fpkit.io.csv.CsvTableWriter} write registers back;
 *       {@link io.github.fpkit.io.csv.ResultCsvWriter} writes indicator results.</li>
 *   <li>{@link io.github.fpkit.io.json.FpkitJson} builds a Jackson mapper with
 *       {@link io.github.fpkit.io.json.FpkitJsonModule} for every model type, results and findings.</li>
 * </ul>
 */
module io.github.fpkit.io {
    requires transitive io.github.fpkit.model;
    requires transitive io.github.fpkit.indicators;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports io.github.fpkit.io.csv;
    exports io.github.fpkit.io.json;
    exports io.github.fpkit.io.report;
}
