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
 * fpkit synthetic registers: a deterministic generator of realistic registers of a rural
 * county in every table of the register format, streamed into memory or into a folder of
 * CSV files, for demos, tests and benchmarks.
 *
 * <p>{@link io.github.fpkit.synthetic.RegisterGenerator} generates from
 * {@link io.github.fpkit.synthetic.GeneratorSettings};
 * {@link io.github.fpkit.synthetic.CsvFileSink} writes the files with fp-io's CSV writers.
 */
module io.github.fpkit.synthetic {
    requires transitive io.github.fpkit.model;
    requires transitive io.github.fpkit.io;

    exports io.github.fpkit.synthetic;
}
