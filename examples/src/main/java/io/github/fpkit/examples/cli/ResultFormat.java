package io.github.fpkit.examples.cli;

import java.util.Locale;

/** The output formats of {@code fp indicators}: a readable table, JSON or CSV result records. */
enum ResultFormat {
    /** A table in one language: area, indicator code and name, rounded value, unit, interval ({@link IndicatorTable}). */
    TABLE,
    /** A JSON array of result records ({@link io.github.fpkit.io.json.ResultJsonWriter}). */
    JSON,
    /** The result records as CSV, with the same columns as JSON ({@link io.github.fpkit.io.csv.ResultCsvWriter}). */
    CSV;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
