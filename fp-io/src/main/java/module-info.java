/**
 * fpkit I/O: streaming CSV and JSON readers and writers for registers, indicator results
 * and findings, with Chinese header aliases, GBK/GB18030 encodings and row-level error
 * reports.
 */
module io.github.fpkit.io {
    requires transitive io.github.fpkit.model;
    requires transitive io.github.fpkit.indicators;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;

    exports io.github.fpkit.io.report;

}
