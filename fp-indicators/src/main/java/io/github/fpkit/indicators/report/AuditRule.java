package io.github.fpkit.indicators.report;

import java.util.List;
import java.util.function.Consumer;

/** One or more rules of the audit: each reads a report and reports what it finds; never throws on inconsistent figures. */
interface AuditRule {
    /** The stable ids of the findings this rule can report. */
    List<String> ids();

    void check(AggregateReport report, Consumer<AuditFinding> findings);
}
