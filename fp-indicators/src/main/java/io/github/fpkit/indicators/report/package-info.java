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
