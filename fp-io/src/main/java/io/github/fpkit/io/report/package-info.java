/**
 * JSON for aggregate reports: {@link io.github.fpkit.io.report.ReportJsonReader} reads a
 * township report into an {@link io.github.fpkit.indicators.report.AggregateReport},
 * {@link io.github.fpkit.io.report.ReportJsonWriter} writes one back, and
 * {@link io.github.fpkit.io.report.AuditFindingJsonWriter} writes the findings of its audit.
 * The format is documented, with a complete example, in {@code docs/AGGREGATE_REPORTS.md}.
 */
package io.github.fpkit.io.report;
