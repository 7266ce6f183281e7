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
 * JSON for aggregate reports: {@link io.github.fpkit.io.report.ReportJsonReader} reads a
 * township report into an {@link io.github.fpkit.indicators.report.AggregateReport},
 * {@link io.github.fpkit.io.report.ReportJsonWriter} writes one back, and
 * {@link io.github.fpkit.io.report.AuditFindingJsonWriter} writes the findings of its audit.
 * The format is documented, with a complete example, in {@code docs/AGGREGATE_REPORTS.md}.
 */
package io.github.fpkit.io.report;
