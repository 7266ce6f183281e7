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
 * A deterministic generator of synthetic family-planning registers: every table of the
 * register format, for any number of women, streamed record by record into a
 * {@link io.github.fpkit.synthetic.RegisterSink} so that millions of women fit in
 * bounded memory.
 *
 * <p>Entry points: {@link io.github.fpkit.synthetic.GeneratorSettings} (what to
 * generate), {@link io.github.fpkit.synthetic.RegisterGenerator} (generates),
 * {@link io.github.fpkit.synthetic.InMemoryRegisterSink} (collects into a
 * {@link io.github.fpkit.model.register.Register}) and
 * {@link io.github.fpkit.synthetic.CsvFileSink} (writes a register folder of CSV files).
 *
 * <pre>{@code
 * GeneratorSettings settings = GeneratorSettings.builder().women(5_000).seed(42).build();
 * Register register = RegisterGenerator.of(settings).toRegister();
 * register.check(); // empty
 * }</pre>
 */
package io.github.fpkit.synthetic;
