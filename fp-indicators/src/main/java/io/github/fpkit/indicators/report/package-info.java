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
 * Aggregate reports and their audit: the counts and rates that a township office states
 * for one area and period ({@link io.github.fpkit.indicators.report.AggregateReport}),
 * the indicators those counts give
 * ({@link io.github.fpkit.indicators.report.AggregateIndicators}), and the audit that
 * recomputes every stated total, rate and amount from the report's own figures and flags
 * each inconsistency ({@link io.github.fpkit.indicators.report.ReportAudit},
 * {@link io.github.fpkit.indicators.report.AuditFinding}).
 *
 * <p>Field names used in findings and in errors are the JSON paths of the report format,
 * for example {@code women.parity1} or {@code births.male}. The format's figures are declared
 * once, as a table ({@link io.github.fpkit.indicators.report.ReportSection},
 * {@link io.github.fpkit.indicators.report.ReportFigure}) that the JSON reader and writer
 * follow ({@link io.github.fpkit.indicators.report.ReportDraft} assembles a report from it),
 * and the catalogue's indicators are read over those figures by their formulas.
 */
@ValueStyle
package io.github.fpkit.indicators.report;

import io.github.fpkit.model.internal.ValueStyle;
