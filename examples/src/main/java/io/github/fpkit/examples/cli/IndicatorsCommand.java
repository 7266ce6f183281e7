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
package io.github.fpkit.examples.cli;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.MissingPopulationRows;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.ResultCsvWriter;
import io.github.fpkit.io.json.ResultJsonWriter;
import io.github.fpkit.model.ReportingPeriod;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code fp indicators}: the indicator catalogue for every area of a level. */
@Command(name = "indicators", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Computes the indicator catalogue for every area of a level of a register folder.",
            "Rows rejected in lenient mode (the default) are left out and summarised on stderr; 'fp validate' lists them.",
            "JSON and CSV hold the result records of docs/RESULTS.md: area, areaName, period, indicator, numerator, "
                + "denominator, value, unit, ciLow, ciHigh, confidence, status (count, defined or undefined), level, periodCode."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "1:the data cannot be read or computed on",
            "2:usage or I/O error"})
final class IndicatorsCommand implements Callable<Integer> {
    /** The lowest confidence level accepted. */
    static final double MIN_CONFIDENCE = 0.5;
    /** The highest confidence level accepted. */
    static final double MAX_CONFIDENCE = 0.9999;

    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Mixin
    QuietReading stderr;

    @Option(names = "--period", paramLabel = "P", required = true, converter = OptionTypes.Period.class,
            description = "The reporting period: 2009SY (statistical year), 2009SH, 2009, 2009Q1, 2009-03 or 2008-10-01/2009-09-30.")
    ReportingPeriod period;

    @Option(names = "--level", paramLabel = "L", defaultValue = "village",
            description = "village (default), township, county, or all (every area at every level present).")
    AreaLevelChoice level;

    @Option(names = "--format", paramLabel = "F",
            description = "table (default; rounded for reading), json (result records) or csv (the same columns); csv with --excel.")
    ResultFormat format;

    @Option(names = "--excel", paramLabel = "E", arity = "0..1", fallbackValue = "UTF-8", converter = OptionTypes.Encoding.class,
            description = "CSV for Excel: UTF-8 with a byte-order mark, which Excel needs to recognise UTF-8 (--excel), or "
                    + "GBK or GB18030 for Excel before 2016 on Chinese Windows (--excel=GBK). Implies --format csv.")
    Charset excel;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The language of the table's headers, names and units: zh (default) or en.")
    SummaryReport.Language language;

    @Option(names = "--strict", description = "Stop at the first rejected row (exit status 1) instead of leaving it out.")
    boolean strict;

    @Option(names = "--max-rejected", paramLabel = "N",
            description = "Fail (exit status 1, after the results) when more than N rows were rejected and left out "
                    + "(default: no limit; 0 fails on any, as --strict does, but after reading every row).")
    Long maxRejected;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "The confidence level of the intervals, 0.5 to 0.9999 (default 0.95).")
    double confidence;

    @Mixin
    CalculatorOptions settings;

    @Option(names = "--indicators", paramLabel = "CODE", split = ",", converter = OptionTypes.IndicatorCode.class,
            description = "Only these indicators, for example CBR,SRB,CPR (default: the whole catalogue); the codes are "
                    + "listed at the end of this help.")
    List<Indicator> indicators;

    @Override
    public Integer call() {
        ResultFormat chosen = format != null ? format : excel != null ? ResultFormat.CSV : ResultFormat.TABLE;
        if (excel != null && chosen != ResultFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--excel writes CSV; it cannot be used with --format " + chosen);
        }
        IndicatorCalculator calculator = calculator(spec, confidence, indicators, level, settings);
        CsvRegisterSource source = input.open(spec.commandLine(), strict);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = ProgressLine.onTerminal(err, stderr.quiet);
        if (maxRejected != null && maxRejected < 0) {
            throw new ParameterException(spec.commandLine(), "--max-rejected '" + maxRejected + "': must be 0 or more");
        }
        ComputedIndicators computed;
        try {
            computed = calculator.compute(new ProgressSource(source, progress), period);
        } finally {
            progress.done();
        }
        print(chosen, computed.stream().filter(r -> level.levels().contains(r.area().level())).collect(Collectors.toList()));
        reportUnavailable(spec.qualifiedName(), computed, err);
        CalculatorOptions.report(spec.qualifiedName(), calculator, computed, err);
        if (!stderr.quiet) {
            MissingPopulationRows.explain(computed, level.levels()).forEach(l -> err.println(spec.qualifiedName() + ": " + l));
            err.flush();
        }
        RejectedRows.report(spec.qualifiedName(), source, err);
        long rejected = computed.rejectedRows();
        if (maxRejected != null && rejected > maxRejected) {
            err.println(spec.qualifiedName() + ": " + rejected + " rejected row(s), more than --max-rejected " + maxRejected);
            err.flush();
            return ExitStatus.DATA_ERROR;
        }
        return ExitStatus.SUCCESS;
    }

    private void print(ResultFormat chosen, List<IndicatorResult> results) {
        StandardOutput out = StandardOutput.of(spec.commandLine());
        switch (chosen) {
            case JSON:
                try (ResultJsonWriter json = ResultJsonWriter.of(out.text())) {
                    json.writeAll(results.stream());
                }
                break;
            case CSV:
                try (ResultCsvWriter csv = excel == null ? ResultCsvWriter.of(out.text())
                        : ResultCsvWriter.builder().encoding(excel).byteOrderMark(excel.equals(StandardCharsets.UTF_8))
                                .of(out.bytes(), "standard output")) {
                    csv.writeAll(results.stream());
                }
                break;
            default:
                IndicatorTable.print(results, language, confidence, table.columns(), out);
        }
        out.flush();
    }

    /** The calculator of the options; it computes the levels below the chosen one too, to explain undefined crude rates. */
    static IndicatorCalculator calculator(CommandSpec spec, double confidence, List<Indicator> indicators, AreaLevelChoice level,
            CalculatorOptions settings) {
        // Beyond these, an interval says nothing a reader can use, and at the extremes (4.9e-324) rounding pushes the
        // value out of its own interval.
        if (!(confidence >= MIN_CONFIDENCE && confidence <= MAX_CONFIDENCE)) {
            throw new ParameterException(spec.commandLine(), "--confidence '" + confidence + "': must be from " + MIN_CONFIDENCE
                    + " to " + MAX_CONFIDENCE);
        }
        IndicatorCalculator.Builder b = IndicatorCalculator.builder().confidenceLevel(confidence)
                .levels(MissingPopulationRows.levelsNeeded(level.levels()));
        if (indicators != null && !indicators.isEmpty()) {
            b.indicators(indicators);
        }
        return settings.apply(spec.commandLine(), b).build();
    }

    /**
     * Ends the command's help with the catalogue, so that {@code --indicators} codes can be
     * looked up where the option is described.
     *
     * @param indicators the {@code fp indicators} command line
     */
    static void listCodesInHelp(CommandLine indicators) {
        // Code, Chinese name and unit fit the help's 80 columns; the English names would not.
        TextTable table = new TextTable().left("code").left("指标").left("unit 单位");
        for (Indicator i : Indicator.values()) {
            table.add(i.code(), i.chineseName(), i.unit().symbol());
        }
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text), TextTable.UNLIMITED);
        // The footer is a format string: units such as % must not be read as conversions.
        String[] lines = text.toString().replace("%", "%%").lines().toArray(String[]::new);
        indicators.getCommandSpec().usageMessage().footerHeading("%nIndicator codes (--indicators):%n").footer(lines);
    }

    static void reportUnavailable(String command, ComputedIndicators computed, PrintWriter err) {
        if (!computed.unavailable().isEmpty()) {
            err.println(command + ": not available (input table missing): "
                    + computed.unavailable().stream().map(Indicator::code).collect(Collectors.joining(", ")));
        }
        if (!computed.unattributedRecords().isEmpty()) {
            String counts = computed.unattributedRecords().entrySet().stream()
                    .map(e -> e.getKey().fileName() + " " + e.getValue()).collect(Collectors.joining(", "));
            err.println(command + ": rows of women missing from women.csv (or whose row there was rejected) left out: "
                    + counts + "; 'fp validate' lists them");
        }
        err.flush();
    }
}
