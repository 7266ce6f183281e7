/**
 * fpkit indicators: the indicator catalogue of family-planning statistics, rates kept as
 * numerator and denominator with confidence intervals, mergeable accumulators rolled up
 * village → township → county, and validation rules over register records.
 */
module io.github.fpkit.indicators {
    requires transitive io.github.fpkit.model;
    requires static org.immutables.value;
    requires org.apache.commons.statistics.distribution;

    exports io.github.fpkit.indicators;
    exports io.github.fpkit.indicators.validation;
    exports io.github.fpkit.indicators.report;
}
