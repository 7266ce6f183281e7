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
 * fpkit's test kit: the QuickTheories generators of registers and records and the
 * conformance case that the tests of fp-indicators, fp-io and the modules above them
 * share, so that there is one copy of each. Not published; other modules use it at test
 * scope.
 *
 * <ul>
 *   <li>{@link io.github.fpkit.testkit.CountyRegisters}: valid registers of one county,
 *       dense around 2009SY, with partitions and shuffles of their records (indicator
 *       properties: merging, order, parallelism);</li>
 *   <li>{@link io.github.fpkit.testkit.EdgeRegisters}: valid registers of any period whose
 *       dates sit on and next to its edges (indicator definitions at the edges);</li>
 *   <li>{@link io.github.fpkit.testkit.BrokenRegisters}: registers of that county that
 *       break every referential and plausibility rule somewhere (validator properties);</li>
 *   <li>{@link io.github.fpkit.testkit.RecordGenerators}: valid records of every table
 *       with text that stresses CSV, registers of them, dates, periods, area codes and
 *       findings (round trips through readers and writers);</li>
 *   <li>{@link io.github.fpkit.testkit.CsvTexts}: raw CSV text, valid or not
 *       (tokenisers);</li>
 *   <li>{@link io.github.fpkit.testkit.Draws}: the single draws they are written with,
 *       for a module's own generators;</li>
 *   <li>{@link io.github.fpkit.testkit.ConformanceCase}: the conformance register in
 *       both forms and the results it must give, as files or class-path streams.</li>
 *   <li>{@link io.github.fpkit.testkit.Theories}: where every property gets QuickTheories,
 *       so that a failing run prints its seed and can be replayed with {@code -DQT_SEED}.</li>
 * </ul>
 *
 * <p>The kit depends on fp-model only. fp-indicators' tests use it, so it cannot depend on
 * fp-indicators without a reactor cycle: generators of fp-indicators' types (indicator
 * results) live in the test support of the module that needs them, written with
 * {@link io.github.fpkit.testkit.Draws}. For the same reason fp-model's own tests cannot
 * use the kit: fp-model keeps the generators of its values (and the registers its own
 * tests need) in its test package {@code io.github.fpkit.model.testing}.
 */
package io.github.fpkit.testkit;
