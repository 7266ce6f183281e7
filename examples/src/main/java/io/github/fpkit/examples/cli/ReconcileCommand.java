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

import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.quality.CountComparison;
import io.github.fpkit.indicators.quality.RateComparison;
import io.github.fpkit.indicators.quality.Reconciliation;
import io.github.fpkit.indicators.quality.ReportReconciliation;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.QualityCsvWriter;
import io.github.fpkit.io.report.QualityJsonWriter;
import io.github.fpkit.io.report.ReportJsonReader;
import io.github.fpkit.model.ReportingPeriod;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fp reconcile}: a register's counts and rates against an aggregate report of one of its areas (docs/QUALITY.md). */
@Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Reconciles an aggregate report (docs/AGGREGATE_REPORTS.md) with the register of its area, as the WHO "
                + "Data Quality Review compares reported figures with a recount: for every count both give, the verification "
                + "factor VF = register / stated (1 when both are 0, undefined when only the stated count is 0) and the "
                + "difference; for every rate the report states, the register's rate and whether the stated value gives it "
                + "at its stated precision. A VF outside the bounds, an undefined VF or a rate that does not agree is a finding.",
            "The report's period must be the register's period (by default the register is read for the report's period).",
            "JSON and CSV hold one record a count or rate, with the same columns (record, area, areaName, period, "
                + "periodCode, code, field, register, stated, difference, verificationFactor, expected, consistent, severity, "
                + "chineseMessage, englishMessage)."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:the report agrees with the register",
            "1:a finding, a report that is not valid or whose period is not the register's, or data that cannot be read",
            "2:usage or I/O error"})
final class ReconcileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Mixin
    QuietProgress stderr;

    @Parameters(index = "1", paramLabel = "REPORT.json", description = "The aggregate report, JSON in UTF-8.")
    Path report;

    @Option(names = "--period", paramLabel = "P", converter = OptionTypes.Period.class,
            description = "The period the register is read for (default: the report's); the report's must be the same.")
    ReportingPeriod period;

    @Option(names = "--vf-bounds", paramLabel = "LOW,HIGH", split = ",", defaultValue = "0.90,1.10",
            description = "The bounds of an acceptable verification factor, both included (default 0.90,1.10).")
    List<Double> vfBounds;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (default), json or csv (every count and rate, the same columns).")
    ResultFormat format;

    @Mixin
    TableLanguageOption lang;

    @Override
    public Integer call() {
        ReportReconciliation reconciliation = reconciliation();
        if (!Files.isRegularFile(report)) {
            throw new ParameterException(spec.commandLine(), "REPORT.json '" + report + "': "
                    + (Files.exists(report) ? "is not a file" : "does not exist"));
        }
        AggregateReport parsed = ReportJsonReader.read(report);
        ReportingPeriod p = period != null ? period : ReportReconciliation.periodOf(parsed);
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        ProgressLine progress = ProgressLine.onTerminal(spec.commandLine().getErr(), stderr.quiet);
        RegisterTally tally;
        try {
            tally = IndicatorCalculator.tally(new ProgressSource(source, progress), p);
        } finally {
            progress.done();
        }
        Reconciliation r = reconciliation.reconcile(parsed, tally, source.tables());
        StandardOutput out = StandardOutput.of(spec.commandLine());
        format.print(r, out, QualityJsonWriter::write, QualityCsvWriter::write,
                () -> printTable(r, out, lang.chinese(), table.columns()));
        RejectedRows.report(spec.qualifiedName(), source, spec.commandLine().getErr());
        return r.hasFindings() ? ExitStatus.DATA_ERROR : ExitStatus.SUCCESS;
    }

    private ReportReconciliation reconciliation() {
        if (vfBounds.size() != 2) {
            throw new ParameterException(spec.commandLine(), "--vf-bounds '" + vfBounds.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + "': expected two numbers, LOW,HIGH");
        }
        try {
            return ReportReconciliation.of(vfBounds.get(0), vfBounds.get(1));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--vf-bounds: " + e.getMessage());
        }
    }

    private static void printTable(Reconciliation r, PrintWriter out, boolean zh, int width) {
        String bounds = "[" + plain(r.low()) + ", " + plain(r.high()) + "]";
        String area = r.areaName().map(n -> n + (zh ? "（" + r.area() + "）" : " (" + r.area() + ")")).orElse(r.area().toString());
        out.println(zh ? area + r.period() + "：登记与报表核对，核实系数 = 登记 ÷ 报表，应在" + bounds + "之内"
                : area + " " + r.period() + ": the register against the report, VF = register / stated, within " + bounds);
        TextTable counts = new TextTable().left(zh ? "字段" : "field").wrapped(zh ? "名称" : "name", 10).right(zh ? "登记" : "register")
                .right(zh ? "报表" : "stated").right(zh ? "差" : "difference").right(zh ? "核实系数" : "VF").left(zh ? "结果" : "result");
        for (CountComparison c : r.counts()) {
            OptionalDouble vf = c.verificationFactor();
            counts.add(c.count().figure().path(), zh ? c.count().figure().chineseName() : c.count().figure().englishName(),
                    Long.toString(c.register()), Long.toString(c.stated()), Long.toString(c.difference()),
                    vf.isPresent() ? BigDecimal.valueOf(vf.getAsDouble()).setScale(4, RoundingMode.HALF_UP).toPlainString() : Presentation.UNDEFINED,
                    c.isFinding() ? (zh ? "不符" : "FINDING") : (zh ? "相符" : "ok"));
        }
        counts.print(out, width);
        if (!r.rates().isEmpty()) {
            out.println();
            TextTable rates = new TextTable().left(zh ? "指标" : "indicator").wrapped(zh ? "名称" : "name", 10).right(zh ? "报表" : "stated")
                    .right(zh ? "登记" : "register").left(zh ? "结果" : "result");
            for (RateComparison c : r.rates()) {
                rates.add(c.indicator().code(), zh ? c.indicator().chineseName() : c.indicator().englishName(),
                        c.stated().value().toPlainString(), c.expected(), c.isConsistent() ? (zh ? "一致" : "consistent")
                                : (zh ? "不一致（±" : "FINDING (±") + c.stated().tolerance().toPlainString() + (zh ? "）" : ")"));
            }
            rates.print(out, width);
        }
        out.println();
        List<String> findings = r.counts().stream().filter(CountComparison::isFinding)
                .map(c -> zh ? c.chineseMessage() : c.englishMessage()).collect(Collectors.toList());
        r.rates().stream().filter(RateComparison::isFinding).map(c -> zh ? c.chineseMessage() : c.englishMessage()).forEach(findings::add);
        findings.forEach(f -> out.println("- " + f));
        out.println(String.format(Locale.ROOT, zh ? "%d项计数、%d项比率，%d项不符" : "%d counts, %d rates, %d finding(s)",
                r.counts().size(), r.rates().size(), r.findings()));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
